package de.msh.funding.grant.application;

import de.msh.funding.grant.domain.Decision;
import de.msh.funding.grant.domain.Grant;
import de.msh.funding.grant.domain.Grants;
import de.msh.funding.programme.domain.Programme;
import de.msh.funding.programme.domain.Programmes;
import de.msh.funding.project.domain.KnownProjects;
import de.msh.platform.outbox.RevisionedChange;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Finance staff's use cases on grants; each changes one grant with one save. */
@Service
public class GrantService {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

    private final Grants grants;
    private final Programmes programmes;
    private final Envelopes envelopes;
    private final KnownProjects projects;
    private final Clock clock;

    GrantService(Grants grants, Programmes programmes, Envelopes envelopes, KnownProjects projects, Clock clock) {
        this.grants = grants;
        this.programmes = programmes;
        this.envelopes = envelopes;
        this.projects = projects;
        this.clock = clock;
    }

    /** Only for a project the projects service announced and did not cancel; a used file number is refused. */
    public Grant apply(ApplyForGrant command, String by) {
        if (!projects.isActive(command.projectId())) {
            throw UnknownReference.project(command.projectId());
        }
        Programme programme = programme(command.programmeId());
        return grants.save(Grant.apply(
                UUID.randomUUID().toString(),
                command.fileNumber(),
                command.projectId(),
                programme,
                command.periodId(),
                command.requestedAmount(),
                by,
                clock.instant()));
    }

    /**
     * Approves a grant by its decision. The amount is first committed to the programme's envelopes, which refuse it
     * if it is more than is left; only then is the grant approved. If that fails, the commitment is taken back.
     * Committing is idempotent per grant, so a retried approval never counts the amount twice.
     */
    public Grant approve(String id, @Nullable Long revision, Decision decision, String by) {
        Grant grant = get(id);
        // Checked before the envelope is touched, so a refused approval never commits money, even briefly.
        grant.requirePending();
        Programme programme = programme(grant.programmeId());
        decision.checkAgainst(programme, programme.period(grant.periodId()).orElseThrow(), today());
        envelopes.commit(programme, grant.periodId(), id, decision.amount());
        try {
            return change(id, revision, g -> g.approve(decision, programme, today(), by, clock.instant()));
        } catch (RuntimeException notApproved) {
            envelopes.release(programme, grant.periodId(), id);
            throw notApproved;
        }
    }

    /**
     * Rejects a grant. An approval that was cut short after committing the amount (a crash between the envelope's
     * write and the grant's) left a commitment behind; it is taken back here, so a rejected grant never holds money.
     */
    public Grant reject(String id, @Nullable Long revision, String reason, LocalDate decidedOn, String by) {
        Grant rejected = change(id, revision, grant -> grant.reject(reason, decidedOn, today(), by, clock.instant()));
        envelopes.release(programme(rejected.programmeId()), rejected.periodId(), id);
        return rejected;
    }

    public Grant get(String id) {
        return grants.findById(id).orElseThrow(() -> new GrantNotFound(id));
    }

    public List<Grant> list(@Nullable String projectId) {
        return projectId == null
                ? grants.findAllByOrderByFileNumber()
                : grants.findByProjectIdOrderByFileNumber(projectId);
    }

    private Programme programme(String programmeId) {
        return programmes.find(programmeId).orElseThrow(() -> UnknownReference.programme(programmeId));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), OFFICE_ZONE);
    }

    private Grant change(String id, @Nullable Long revision, Consumer<Grant> change) {
        return RevisionedChange.apply(() -> get(id), Grant::revision, revision, change, grants::save);
    }
}
