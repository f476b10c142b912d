package de.msh.funding.grant.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Accept a proof of use; the final one also names the grant recognised in the end. */
public record AcceptProof(
        String proofId,
        LocalDate submittedOn,
        LocalDate acceptedOn,
        BigDecimal provenAmount,
        @Nullable BigDecimal recognisedAmount) {}
