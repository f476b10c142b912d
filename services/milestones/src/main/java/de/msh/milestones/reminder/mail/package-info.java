/** Sends reminders through SMTP, with a Message-ID derived from the reminder so that a repeat is recognisable. */
@NullMarked
package de.msh.milestones.reminder.mail;

import org.jspecify.annotations.NullMarked;
