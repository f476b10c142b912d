package de.msh.funding.grant.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Revoke the decision as a whole (Widerruf): {@code amount} paid out is reclaimed, nothing more may be called, and
 * the grant holds no budget any more. Interest runs from {@code effectiveFrom}.
 */
public record RevokeGrant(BigDecimal amount, LocalDate effectiveFrom, LocalDate decidedOn, String reason) {}
