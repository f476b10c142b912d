/** Deadline and interest rules and their arithmetic. */
@NullMarked
package de.msh.funding.rules.domain;

import org.jspecify.annotations.NullMarked;
