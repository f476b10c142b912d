/** Reads bank account statements (camt.053, our CSV) into plain records; reads and validates, never matches. */
@NullMarked
package de.msh.funding.statement.format;

import org.jspecify.annotations.NullMarked;
