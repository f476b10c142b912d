/** Demo event milestones for a local stack: the Impulsgebertage and a Regionaldialog. */
@NullMarked
package de.msh.milestones.demo;

import org.jspecify.annotations.NullMarked;
