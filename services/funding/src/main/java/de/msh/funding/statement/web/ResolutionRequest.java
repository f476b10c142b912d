package de.msh.funding.statement.web;

import de.msh.funding.statement.application.ResolveBooking;
import de.msh.funding.statement.domain.Resolution;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How to settle a booking by hand; amounts in euros, exact to the cent. */
record ResolutionRequest(
        @NotNull Resolution.Action action,
        @Nullable @Size(max = 50) List<@Valid @NotNull Part> parts,
        @NotBlank @Size(max = 2000) String reason) {

    record Part(
            @NotBlank @Size(max = 60) String grantId,
            @NotBlank @Size(max = 20) String target,

            @NotNull @Positive @Digits(integer = 13, fraction = 2)
            BigDecimal amount) {}

    ResolveBooking toCommand() {
        return new ResolveBooking(
                action,
                parts == null
                        ? List.of()
                        : parts.stream()
                                .map(p -> new ResolveBooking.Part(p.grantId(), p.target(), p.amount()))
                                .toList(),
                reason);
    }
}
