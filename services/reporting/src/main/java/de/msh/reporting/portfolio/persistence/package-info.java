/** The portfolio rows in MongoDB: in-order conditional writes, aggregations for the figures. */
@NullMarked
package de.msh.reporting.portfolio.persistence;

import org.jspecify.annotations.NullMarked;
