package de.msh.funding.grant.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Reclaim money paid out (Rückforderung); with {@code revoke} the whole decision is revoked. */
public record ReclaimFunds(
        BigDecimal amount, LocalDate effectiveFrom, LocalDate decidedOn, boolean revoke, String reason) {}
