/** Granted funding decisions, the gate a project passes to enter the approved phase. */
@NullMarked
package de.msh.projects.funding;

import org.jspecify.annotations.NullMarked;
