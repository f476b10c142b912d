/** The portfolio read model's rows and figures, and the port that stores them. */
@NullMarked
package de.msh.reporting.portfolio.domain;

import org.jspecify.annotations.NullMarked;
