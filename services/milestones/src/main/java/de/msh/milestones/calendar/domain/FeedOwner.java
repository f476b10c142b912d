package de.msh.milestones.calendar.domain;

import java.util.Set;

/**
 * The person a calendar feed belongs to, with the roles they had when they asked for it: the feed shows what those
 * roles look after.
 */
public record FeedOwner(String name, Set<String> roles) {

    public FeedOwner {
        roles = Set.copyOf(roles);
    }
}
