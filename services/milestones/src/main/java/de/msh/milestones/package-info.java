/** The milestones service: plans, deadlines and slippage across the portfolio. */
@NullMarked
package de.msh.milestones;

import org.jspecify.annotations.NullMarked;
