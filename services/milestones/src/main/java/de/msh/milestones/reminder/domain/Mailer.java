package de.msh.milestones.reminder.domain;

/** Sends a reminder; a repeat of the same reminder carries the same Message-ID. */
public interface Mailer {

    void send(Reminder reminder);
}
