@NullMarked
package de.msh.reporting.rebuild.messaging;

import org.jspecify.annotations.NullMarked;
