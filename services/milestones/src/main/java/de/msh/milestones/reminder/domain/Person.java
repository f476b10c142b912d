package de.msh.milestones.reminder.domain;

import java.util.List;
import java.util.Locale;

/** A member of staff as the auth server knows them: the name they log in with, their address, their roles. */
public record Person(String username, String email, List<String> roles) {

    public Person {
        roles = List.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The office writes a project's manager as it likes; a person is meant if the name is theirs, ignoring case. */
    public boolean isNamed(String name) {
        return username.toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT));
    }
}
