@NullMarked
package de.msh.reporting.masterplan.persistence;

import org.jspecify.annotations.NullMarked;
