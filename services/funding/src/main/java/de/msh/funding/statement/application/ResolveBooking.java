package de.msh.funding.statement.application;

import de.msh.funding.statement.domain.Resolution;
import java.math.BigDecimal;
import java.util.List;

/**
 * Settle an open booking by hand.
 *
 * @param parts for {@code ASSIGNED} one part, for {@code SPLIT} two or more, adding up to the booking's amount; for
 *     {@code NOT_RELEVANT} none
 */
public record ResolveBooking(Resolution.Action action, List<Part> parts, String reason) {

    /** @param target for money in the grant's call ({@code C-1}), for money out its disbursement ({@code D-1}) */
    public record Part(String grantId, String target, BigDecimal amount) {}
}
