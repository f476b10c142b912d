/** Reads the rules from reference data. */
@NullMarked
package de.msh.funding.rules.persistence;

import org.jspecify.annotations.NullMarked;
