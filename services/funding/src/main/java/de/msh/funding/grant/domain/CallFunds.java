package de.msh.funding.grant.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Call money of one yearly tranche of a grant (Mittelabruf). */
public record CallFunds(
        int trancheYear,
        BigDecimal amount,
        LocalDate calledOn,
        @Nullable String note) {}
