/** Calendar feeds over HTTP. */
@NullMarked
package de.msh.milestones.calendar.web;

import org.jspecify.annotations.NullMarked;
