/**
 * Connects the statement feature to the grants: implements the statement's {@code GrantLedger} port with the grant
 * feature's service, outside both, so neither feature depends on the other's insides and no cycle forms.
 */
@NullMarked
package de.msh.funding.ledger;

import org.jspecify.annotations.NullMarked;
