/** The schedule rows and how milestone health is figured from them, and the port that stores them. */
@NullMarked
package de.msh.reporting.milestones.domain;

import org.jspecify.annotations.NullMarked;
