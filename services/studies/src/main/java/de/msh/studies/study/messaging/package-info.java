/** Turns project events into changes of the studies that link them. */
@NullMarked
package de.msh.studies.study.messaging;

import org.jspecify.annotations.NullMarked;
