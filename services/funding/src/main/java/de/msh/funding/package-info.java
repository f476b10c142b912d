/** The funding service: federal structural-change money from grant to reconciled euro. */
@NullMarked
package de.msh.funding;

import org.jspecify.annotations.NullMarked;
