/** Applies project events to the portfolio and answers its questions. */
@NullMarked
package de.msh.reporting.portfolio.application;

import org.jspecify.annotations.NullMarked;
