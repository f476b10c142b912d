/** Funding programmes, their periods, envelopes and maximum federal share: reference data from the law. */
@NullMarked
package de.msh.funding.programme;

import org.jspecify.annotations.NullMarked;
