/** Calendar feeds of upcoming milestones: who owns one, and what it shows. */
@NullMarked
package de.msh.milestones.calendar.domain;

import org.jspecify.annotations.NullMarked;
