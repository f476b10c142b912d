package de.msh.funding.grant.domain;

import de.msh.events.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What every part of the {@link Grant} aggregate works with: the grant's identity and account, and its history and
 * events, which stay the grant's own. A part lives for one step; the grant is saved as one document afterwards.
 */
abstract class GrantPart {

    static final String CURRENCY = Grant.CURRENCY;

    final Grant grant;
    final GrantAccount account;
    final String id;
    final String projectId;

    GrantPart(Grant grant) {
        this.grant = grant;
        this.account = grant.account();
        this.id = grant.id();
        this.projectId = grant.projectId();
    }

    final Decision requireApproved() {
        return grant.requireApproved();
    }

    final void changed(Instant at, String by, String action, String detail, @Nullable String reason) {
        grant.changed(at, by, action, detail, reason);
    }

    final void record(DomainEvent event, Instant at) {
        grant.recordEvent(event, at);
    }

    static void requireBetween(String field, LocalDate day, LocalDate earliest, LocalDate latest) {
        Grant.requireBetween(field, day, earliest, latest);
    }
}
