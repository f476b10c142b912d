/** The schedule aggregate and its rules: dependencies without cycles, status from dates, slippage. */
@NullMarked
package de.msh.milestones.schedule.domain;

import org.jspecify.annotations.NullMarked;
