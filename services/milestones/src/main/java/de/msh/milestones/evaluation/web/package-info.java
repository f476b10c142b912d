/** The evaluation on demand over HTTP. */
@NullMarked
package de.msh.milestones.evaluation.web;

import org.jspecify.annotations.NullMarked;
