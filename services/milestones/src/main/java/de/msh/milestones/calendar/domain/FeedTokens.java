package de.msh.milestones.calendar.domain;

import java.util.Optional;

/**
 * The secret addresses of calendar feeds: one per person, replaced when they ask for a new one, gone when they
 * revoke it. Only a hash of each token is kept, so the store never holds a working address.
 */
public interface FeedTokens {

    /** Keeps the token's hash for the person, replacing any token they had. */
    void replace(String tokenHash, FeedOwner owner);

    /** Forgets the person's token; false if they had none. */
    boolean revoke(String name);

    Optional<FeedOwner> ownerOf(String tokenHash);
}
