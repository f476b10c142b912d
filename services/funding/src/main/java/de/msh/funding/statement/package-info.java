/**
 * Bank statements (camt.053, CSV) and their reconciliation against the grants' calls and payments: import, automatic
 * matching, the worklist for what is left, and the summary per account, period and programme.
 */
@NullMarked
package de.msh.funding.statement;

import org.jspecify.annotations.NullMarked;
