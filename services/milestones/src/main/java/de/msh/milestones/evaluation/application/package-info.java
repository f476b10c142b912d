/** The daily judgement of every schedule: what slipped into risk or was missed, announced once. */
@NullMarked
package de.msh.milestones.evaluation.application;

import org.jspecify.annotations.NullMarked;
