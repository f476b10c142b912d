package de.msh.funding.programme.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * What is committed against one budget envelope, grant by grant, in one document: a commitment and the check that
 * the envelope holds it are one versioned write, so two approvals at the same moment can never both take the last
 * euro. Committing the same grant twice changes nothing.
 */
@Document("envelope_ledgers")
public class EnvelopeLedger {

    @Id
    private final String key;

    @Field(targetType = FieldType.DECIMAL128)
    private final BigDecimal limit;

    private List<Commitment> commitments = new ArrayList<>();

    @Version
    private Long version;

    @PersistenceCreator
    EnvelopeLedger(String key, BigDecimal limit) {
        this.key = key;
        this.limit = limit;
    }

    public static EnvelopeLedger open(String key, BigDecimal limit) {
        return new EnvelopeLedger(key, limit);
    }

    /**
     * Sets what the grant holds of this envelope to {@code amount}: more is refused if the envelope has not that much
     * left, zero releases it. False if it held exactly that already, so a retried step never counts twice.
     */
    public boolean commit(String grantId, BigDecimal amount, Instant at) {
        BigDecimal held = heldBy(grantId);
        if (held.compareTo(amount) == 0) {
            return false;
        }
        BigDecimal more = amount.subtract(held);
        BigDecimal left = remaining();
        if (more.compareTo(left) > 0) {
            throw new EnvelopeExceeded("The envelope " + key + " has " + left.toPlainString() + " EUR left, not "
                    + more.toPlainString() + " EUR more");
        }
        commitments.removeIf(c -> c.grantId().equals(grantId));
        if (amount.signum() > 0) {
            commitments.add(new Commitment(grantId, amount, at));
        }
        return true;
    }

    /** Takes a grant's commitment back, when its approval could not be completed. */
    public boolean release(String grantId) {
        return commitments.removeIf(c -> c.grantId().equals(grantId));
    }

    public BigDecimal heldBy(String grantId) {
        return commitments.stream()
                .filter(c -> c.grantId().equals(grantId))
                .map(Commitment::amount)
                .findFirst()
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    public BigDecimal committed() {
        return commitments.stream().map(Commitment::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal remaining() {
        return limit.subtract(committed());
    }

    public String key() {
        return key;
    }

    public BigDecimal limit() {
        return limit;
    }

    public List<Commitment> commitments() {
        return Collections.unmodifiableList(commitments);
    }

    /** @param at when it was last set; null for commitments recorded before this was kept */
    public record Commitment(
            String grantId,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
            @Nullable Instant at) {}
}
