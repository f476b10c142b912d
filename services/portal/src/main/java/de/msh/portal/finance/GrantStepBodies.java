package de.msh.portal.finance;

import de.msh.portal.web.DayInput;
import de.msh.portal.web.MoneyInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * What each step of a grant's life reads from its form, checked with German messages, and the body the funding
 * service expects for it. Days as typed in Germany, amounts too, the federal share in per cent.
 */
final class GrantStepBodies {

    private GrantStepBodies() {}

    /** The body of a step, or empty with the refusals in {@code errors}. */
    static Optional<Map<String, Object>> of(GrantStepForm form, GrantStep step, Errors errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("revision", form.getRevision());
        switch (step) {
            case CALL -> {
                body.put("trancheYear", year(form, errors));
                body.put("amount", money("amount", form.getAmount(), errors));
                body.put("calledOn", date("day", form.getDay(), errors));
                body.put(
                        "note", form.getNote().isBlank() ? null : form.getNote().strip());
            }
            case RECEIPT -> {
                body.put("callId", required("callId", form.getCallId(), "Bitte wählen Sie den Abruf.", errors));
                body.put("amount", money("amount", form.getAmount(), errors));
                body.put("receivedOn", date("day", form.getDay(), errors));
            }
            case DISBURSEMENT -> {
                body.put(
                        "recipient",
                        required("recipient", form.getRecipient(), "Bitte nennen Sie den Empfänger.", errors));
                body.put("amount", money("amount", form.getAmount(), errors));
                body.put("disbursedOn", date("day", form.getDay(), errors));
                body.put(
                        "note", form.getNote().isBlank() ? null : form.getNote().strip());
            }
            case PROOF -> {
                body.put("submittedOn", date("day", form.getDay(), errors));
                body.put("acceptedOn", date("secondDay", form.getSecondDay(), errors));
                body.put("provenAmount", money("provenAmount", form.getProvenAmount(), errors));
                body.put(
                        "recognisedAmount",
                        form.getRecognisedAmount().isBlank()
                                ? null
                                : money("recognisedAmount", form.getRecognisedAmount(), errors));
            }
            case RECLAIM -> {
                body.put(
                        "amount",
                        form.isRevoke() && form.getAmount().isBlank()
                                ? BigDecimal.ZERO
                                : money("amount", form.getAmount(), errors));
                body.put("effectiveFrom", date("day", form.getDay(), errors));
                body.put("decidedOn", date("secondDay", form.getSecondDay(), errors));
                body.put(
                        "reason",
                        required("reason", form.getReason(), "Bitte begründen Sie die Rückforderung.", errors));
                body.put("revoke", form.isRevoke());
            }
            case APPROVAL, AMENDMENT -> {
                body.put("amount", money("amount", form.getAmount(), errors));
                body.put("rate", share(form, errors));
                body.put("eligibleCosts", money("eligibleCosts", form.getEligibleCosts(), errors));
                body.put("tranches", tranches(form, errors));
                body.put("decidedOn", date("day", form.getDay(), errors));
                body.put(
                        "measureEnd",
                        form.getSecondDay().isBlank() ? null : date("secondDay", form.getSecondDay(), errors));
                body.put(
                        "finalProofDue",
                        form.getThirdDay().isBlank() ? null : date("thirdDay", form.getThirdDay(), errors));
                if (step == GrantStep.AMENDMENT) {
                    body.put(
                            "reason",
                            required("reason", form.getReason(), "Bitte begründen Sie die Änderung.", errors));
                }
            }
            case REJECTION -> {
                body.put("reason", required("reason", form.getReason(), "Bitte begründen Sie die Ablehnung.", errors));
                body.put("decidedOn", date("day", form.getDay(), errors));
            }
            case REPAYMENT -> body.put("paidOn", date("day", form.getDay(), errors));
            case CLOSURE -> body.put("closedOn", date("day", form.getDay(), errors));
        }
        return errors.hasErrors() ? Optional.empty() : Optional.of(body);
    }

    private static @Nullable Integer year(GrantStepForm form, Errors errors) {
        try {
            return Integer.valueOf(form.getTrancheYear().strip());
        } catch (NumberFormatException e) {
            errors.rejectValue("trancheYear", "year", "Bitte wählen Sie das Jahr der Tranche.");
            return null;
        }
    }

    /** The federal share in per cent as typed (90 or 90,5), sent as a fraction (0.9). */
    private static @Nullable BigDecimal share(GrantStepForm form, Errors errors) {
        String percent = form.getRate().replace("%", "").strip();
        if (!percent.matches("\\d{1,3}(,\\d{1,2})?")) {
            errors.rejectValue("rate", "rate", "Bitte die Förderquote in Prozent angeben, z. B. 90.");
            return null;
        }
        return new BigDecimal(percent.replace(',', '.')).movePointLeft(2);
    }

    /** One tranche per line, {@code 2026: 135.000,00}. */
    private static List<Map<String, Object>> tranches(GrantStepForm form, Errors errors) {
        List<Map<String, Object>> read = new ArrayList<>();
        for (String line : form.getTranches().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(":", 2);
            Optional<BigDecimal> money = cells.length == 2 ? MoneyInput.parse(cells[1]) : Optional.empty();
            if (money.isEmpty() || !cells[0].strip().matches("\\d{4}")) {
                errors.rejectValue("tranches", "format", "Eine Zeile je Jahr, z. B. 2026: 135.000,00.");
                return read;
            }
            read.add(Map.of("year", Integer.parseInt(cells[0].strip()), "amount", money.get()));
        }
        if (read.isEmpty()) {
            errors.rejectValue("tranches", "required", "Bitte mindestens eine Jahrestranche angeben.");
        }
        return read;
    }

    private static @Nullable BigDecimal money(String field, String text, Errors errors) {
        Optional<BigDecimal> parsed = MoneyInput.parse(text);
        if (parsed.isEmpty()) {
            errors.rejectValue(field, "money", "Bitte einen Betrag in Euro angeben, z. B. 30.000,00.");
        }
        return parsed.orElse(null);
    }

    private static @Nullable LocalDate date(String field, String text, Errors errors) {
        Optional<LocalDate> parsed = DayInput.parse(text);
        if (parsed.isEmpty()) {
            errors.rejectValue(field, "date", "Bitte ein Datum im Format TT.MM.JJJJ angeben, z. B. 29.11.2026.");
        }
        return parsed.orElse(null);
    }

    private static @Nullable String required(String field, String text, String message, Errors errors) {
        if (text.isBlank()) {
            errors.rejectValue(field, "required", message);
            return null;
        }
        return text.strip();
    }
}
