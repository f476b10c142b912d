package de.msh.milestones.planning.domain;

import de.msh.events.funding.RecipientKind;

/**
 * Whether a grant's recipient is a local authority, as its application said (GrantApplied); it decides which spending
 * window applies to the money the grant receives.
 */
public interface GrantRecipients {

    /** Remembers the kind; the same kind again changes nothing. */
    boolean remember(String grantId, RecipientKind kind);

    /** True only if the application said the recipient is a local authority. */
    boolean isMunicipal(String grantId);
}
