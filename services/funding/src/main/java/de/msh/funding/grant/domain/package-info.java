/** The grant aggregate, its money rules and the envelope ledger; no web, messaging or security types. */
@NullMarked
package de.msh.funding.grant.domain;

import org.jspecify.annotations.NullMarked;
