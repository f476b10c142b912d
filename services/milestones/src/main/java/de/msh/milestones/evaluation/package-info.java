/** The slippage evaluation, scheduled daily and on demand. */
@NullMarked
package de.msh.milestones.evaluation;

import org.jspecify.annotations.NullMarked;
