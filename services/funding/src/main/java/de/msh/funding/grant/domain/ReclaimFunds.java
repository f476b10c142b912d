package de.msh.funding.grant.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Reclaim money paid out (Rückforderung); the decision stands. Interest runs from {@code effectiveFrom}. */
public record ReclaimFunds(BigDecimal amount, LocalDate effectiveFrom, LocalDate decidedOn, String reason) {}
