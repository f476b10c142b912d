package de.msh.funding.programme.web;

import de.msh.funding.programme.application.Envelopes;
import de.msh.funding.programme.domain.EnvelopeLedger;
import de.msh.funding.programme.domain.Programme;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A programme with what each of its envelopes holds: the limit, what approved grants committed, and what is left. */
record ProgrammeResponse(
        String id,
        String name,
        @Nullable BigDecimal maxFederalRate,
        String rateSource,
        List<PeriodResponse> periods,
        List<EnvelopeResponse> envelopes,
        List<InvestmentAreaResponse> investmentAreas) {

    /** @param number its number in the law's list; {@code source} says where, and what is still to be checked */
    record InvestmentAreaResponse(String id, int number, String name, String source) {}

    /** @param source where the period's years are laid down */
    record PeriodResponse(String id, int fromYear, int toYear, String source) {}

    /** @param period the period the envelope is for; absent for the whole programme */
    record EnvelopeResponse(
            @Nullable String period,
            BigDecimal amount,
            BigDecimal committed,
            BigDecimal remaining,
            String currency,
            String source,
            boolean demo) {}

    static ProgrammeResponse of(Programme programme, Envelopes envelopes) {
        return new ProgrammeResponse(
                programme.id(),
                programme.name(),
                programme.maxFederalRate(),
                programme.rateSource(),
                programme.periods().stream()
                        .map(p -> new PeriodResponse(p.id(), p.fromYear(), p.toYear(), p.source()))
                        .toList(),
                programme.envelopes().stream()
                        .map(envelope -> {
                            EnvelopeLedger ledger = envelopes.ledger(programme, envelope);
                            return new EnvelopeResponse(
                                    envelope.period(),
                                    envelope.amount().setScale(2),
                                    ledger.committed(),
                                    ledger.remaining().setScale(2),
                                    "EUR",
                                    envelope.source(),
                                    envelope.demo());
                        })
                        .toList(),
                programme.investmentAreas().stream()
                        .map(a -> new InvestmentAreaResponse(a.id(), a.number(), a.name(), a.source()))
                        .toList());
    }
}
