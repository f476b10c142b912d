/** The grant rows, the sums made from them, and the port that stores the rows. */
@NullMarked
package de.msh.reporting.money.domain;

import org.jspecify.annotations.NullMarked;
