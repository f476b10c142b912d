/**
 * The deadlines and interest of the grant lifecycle (proofs of use, spending, § 49a VwVfG): reference data with their
 * sources, since laws and administrative rules are amended.
 */
@NullMarked
package de.msh.funding.rules;

import org.jspecify.annotations.NullMarked;
