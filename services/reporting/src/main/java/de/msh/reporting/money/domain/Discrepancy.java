package de.msh.reporting.money.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A booking of a bank statement that the matching could not settle, as the funding events announced it; open until
 * finance staff settle it.
 *
 * @param grantId the grant the booking names, if any: through it the discrepancy belongs to a project and programme
 * @param kind {@code PARTIAL}, {@code UNMATCHED}, {@code DUPLICATE} or {@code UNEXPECTED}
 */
public record Discrepancy(
        String bookingId, @Nullable String grantId, String kind, BigDecimal amount, int year, boolean open) {}
