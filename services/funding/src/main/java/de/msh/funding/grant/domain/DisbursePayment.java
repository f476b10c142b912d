package de.msh.funding.grant.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Record money passed on to whoever carries out the measure. */
public record DisbursePayment(
        String recipient,
        BigDecimal amount,
        LocalDate disbursedOn,
        @Nullable String note) {}
