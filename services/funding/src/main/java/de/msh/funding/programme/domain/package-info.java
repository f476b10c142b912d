/** A funding programme and the catalogue of them. */
@NullMarked
package de.msh.funding.programme.domain;

import org.jspecify.annotations.NullMarked;
