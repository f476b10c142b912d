package de.msh.milestones.reminder.domain;

import java.util.List;

/** The staff directory (the auth server's people, or the identity provider's). */
public interface People {

    /** Everyone, read at once for a whole reminder run. */
    List<Person> all();
}
