/** The milestone health view over HTTP, for every staff role. */
@NullMarked
package de.msh.reporting.milestones.web;

import org.jspecify.annotations.NullMarked;
