/** The documents part: how long a large status report takes as PDF and Excel, beside the same rows as plain CSV. */
@NullMarked
package de.msh.bench.documents;

import org.jspecify.annotations.NullMarked;
