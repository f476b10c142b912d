package de.msh.milestones.reminder.web;

import de.msh.milestones.reminder.application.ReminderRun;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sends the due reminders now, besides the scheduled runs; for the steering office and admins. Repeats send none. */
@RestController
@RequestMapping("/api/milestones/reminders")
class ReminderController {

    private final ReminderRun reminders;

    ReminderController(ReminderRun reminders) {
        this.reminders = reminders;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('steering', 'admin')")
    ReminderRun.Result send() {
        return reminders.send();
    }
}
