/**
 * Every view as it stood at an earlier instant, and what changed between two: computed in spaces replayed from the
 * topics' history up to the positions the broker had reached then.
 */
@NullMarked
package de.msh.reporting.asof;

import org.jspecify.annotations.NullMarked;
