package de.msh.funding.grant.domain;

import de.msh.events.funding.GrantApplied;
import de.msh.events.funding.GrantApproved;
import de.msh.events.funding.GrantRejected;
import de.msh.funding.programme.domain.Programme;
import de.msh.platform.outbox.OutboxAggregate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * A grant (Zuwendung) for one project under one programme and period: applied for, then approved by a decision or
 * rejected. Every step is recorded with who, when and why; the history is append-only.
 */
@Document("grants")
public class Grant extends OutboxAggregate {

    public static final String CURRENCY = "EUR";

    @Id
    private final String id;

    private final String fileNumber;
    private final String projectId;
    private final String programmeId;
    private final String periodId;

    @Field(targetType = FieldType.DECIMAL128)
    private final BigDecimal requestedAmount;

    private GrantStatus status;
    private @Nullable Decision decision;
    private long revision;
    private List<HistoryEntry> history = new ArrayList<>();

    @PersistenceCreator
    Grant(
            String id,
            String fileNumber,
            String projectId,
            String programmeId,
            String periodId,
            BigDecimal requestedAmount,
            GrantStatus status) {
        this.id = id;
        this.fileNumber = fileNumber;
        this.projectId = projectId;
        this.programmeId = programmeId;
        this.periodId = periodId;
        this.requestedAmount = requestedAmount;
        this.status = status;
    }

    /** Records an application under a programme's period; the period must be one of the programme's. */
    public static Grant apply(
            String id,
            String fileNumber,
            String projectId,
            Programme programme,
            String periodId,
            BigDecimal requested,
            String by,
            Instant at) {
        if (programme.period(periodId).isEmpty()) {
            throw new InvalidGrant("period", programme.id() + " has no funding period " + periodId);
        }
        BigDecimal amount = Money.euros("requestedAmount", requested, true);
        Grant grant = new Grant(id, fileNumber, projectId, programme.id(), periodId, amount, GrantStatus.APPLIED);
        grant.changed(at, by, "applied", amount.toPlainString() + " EUR", null);
        grant.record(new GrantApplied(id, projectId, fileNumber, programme.id(), periodId, amount, CURRENCY, by), at);
        return grant;
    }

    /**
     * Approves the grant by a decision, under the programme's rules. The envelope must already hold the amount for
     * this grant (see {@code EnvelopeLedger}), so approval never over-commits a budget.
     */
    public void approve(Decision newDecision, Programme programme, LocalDate today, String by, Instant at) {
        requirePending();
        Programme.FundingPeriod period = programme.period(periodId).orElseThrow();
        newDecision.checkAgainst(programme, period, today);
        decision = newDecision;
        status = GrantStatus.APPROVED;
        changed(at, by, "approved", newDecision.amount().toPlainString() + " EUR at " + newDecision.rate(), null);
        record(
                new GrantApproved(
                        id, projectId, programmeId, newDecision.amount(), CURRENCY, newDecision.decidedOn(), by),
                at);
    }

    public void reject(String reason, LocalDate decidedOn, LocalDate today, String by, Instant at) {
        requirePending();
        if (decidedOn.isAfter(today) || decidedOn.isBefore(Decision.EARLIEST)) {
            throw new InvalidGrant("decidedOn", "The decision date lies between 14 August 2020 and today");
        }
        status = GrantStatus.REJECTED;
        changed(at, by, "rejected", "decided " + decidedOn, reason);
        record(new GrantRejected(id, projectId, Objects.requireNonNull(reason), decidedOn, by), at);
    }

    /** Only an application still waiting for its decision can be approved or rejected. */
    public void requirePending() {
        if (status != GrantStatus.APPLIED) {
            throw new GrantRuleViolated(GrantRuleViolated.NOT_PENDING, "The grant is already " + status);
        }
    }

    private void changed(Instant at, String by, String action, String detail, @Nullable String reason) {
        revision++;
        history.add(new HistoryEntry(at, by, action, detail, reason));
    }

    @Override
    public String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public String fileNumber() {
        return fileNumber;
    }

    public String projectId() {
        return projectId;
    }

    public String programmeId() {
        return programmeId;
    }

    public String periodId() {
        return periodId;
    }

    public BigDecimal requestedAmount() {
        return requestedAmount;
    }

    public GrantStatus status() {
        return status;
    }

    public @Nullable Decision decision() {
        return decision;
    }

    /** How many steps the grant has had; send it back to refuse a step on a stale view. */
    public long revision() {
        return revision;
    }

    public List<HistoryEntry> history() {
        return Collections.unmodifiableList(history);
    }
}
