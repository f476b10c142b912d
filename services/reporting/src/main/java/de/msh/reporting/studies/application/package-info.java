@NullMarked
package de.msh.reporting.studies.application;

import org.jspecify.annotations.NullMarked;
