/** What the programmes' budgets hold: commitments against each envelope, one versioned ledger per envelope. */
@NullMarked
package de.msh.funding.programme.application;

import org.jspecify.annotations.NullMarked;
