/** Statements, bookings, and the matching rules. */
@NullMarked
package de.msh.funding.statement.domain;

import org.jspecify.annotations.NullMarked;
