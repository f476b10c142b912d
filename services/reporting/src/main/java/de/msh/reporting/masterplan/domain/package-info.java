@NullMarked
package de.msh.reporting.masterplan.domain;

import org.jspecify.annotations.NullMarked;
