/** A project's milestones: planned, re-planned, reached or closed, judged for slippage. */
@NullMarked
package de.msh.milestones.schedule;

import org.jspecify.annotations.NullMarked;
