@NullMarked
package de.msh.reporting.masterplan.application;

import org.jspecify.annotations.NullMarked;
