/** Importing statements, resolving bookings by hand, the worklist and summary. */
@NullMarked
package de.msh.funding.statement.application;

import org.jspecify.annotations.NullMarked;
