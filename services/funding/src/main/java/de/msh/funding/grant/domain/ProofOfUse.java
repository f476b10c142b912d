package de.msh.funding.grant.domain;

import de.msh.events.funding.ProofKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * A proof of use (Zwischen- or Verwendungsnachweis) the recipient owes, with the rule that set its due day; once
 * accepted, what it proved.
 *
 * @param id {@code interim-2026} for the year 2026, {@code final} for the end of the measure
 * @param provenAmount the eligible spending the proof shows
 * @param recognisedAmount for the final proof: the grant the funding body recognises in the end
 */
public record ProofOfUse(
        String id,
        ProofKind kind,
        LocalDate dueOn,
        String rule,
        @Nullable LocalDate submittedOn,
        @Nullable LocalDate acceptedOn,
        @Field(targetType = FieldType.DECIMAL128) @Nullable BigDecimal provenAmount,
        @Field(targetType = FieldType.DECIMAL128) @Nullable BigDecimal recognisedAmount,
        @Nullable String acceptedBy) {

    static ProofOfUse due(String id, ProofKind kind, LocalDate dueOn, String rule) {
        return new ProofOfUse(id, kind, dueOn, rule, null, null, null, null, null);
    }

    public boolean accepted() {
        return acceptedOn != null;
    }

    /** Submitted after its due day, or still missing after it. */
    public boolean late(LocalDate today) {
        LocalDate in = submittedOn != null ? submittedOn : today;
        return in.isAfter(dueOn);
    }

    ProofOfUse accept(
            LocalDate submitted, LocalDate on, BigDecimal proven, @Nullable BigDecimal recognised, String by) {
        return new ProofOfUse(id, kind, dueOn, rule, submitted, on, proven, recognised, by);
    }

    ProofOfUse rescheduled(LocalDate newDue, String newRule) {
        return new ProofOfUse(
                id, kind, newDue, newRule, submittedOn, acceptedOn, provenAmount, recognisedAmount, acceptedBy);
    }
}
