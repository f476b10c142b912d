/** The feed tokens' hashes in the store. */
@NullMarked
package de.msh.milestones.calendar.persistence;

import org.jspecify.annotations.NullMarked;
