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
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The fields of every step of a grant's life, as typed; each step reads the ones it needs and builds the body the
 * funding service expects. Days come from date fields (ISO), amounts as people type them in Germany.
 */
public class GrantStepForm {

    private String idempotencyKey = UUID.randomUUID().toString();
    private @Nullable Long revision;
    private String trancheYear = "";
    private String amount = "";
    private String day = "";
    private String secondDay = "";
    private String callId = "";
    private String recipient = "";
    private String note = "";
    private String provenAmount = "";
    private String recognisedAmount = "";
    private String reason = "";
    private boolean revoke;
    private String rate = "";
    private String eligibleCosts = "";
    private String tranches = "";
    private String thirdDay = "";

    /** The body of a step, or empty with the refusals in {@code errors}. */
    Optional<Map<String, Object>> body(GrantStep step, Errors errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("revision", revision);
        switch (step) {
            case CALL -> {
                body.put("trancheYear", year(errors));
                body.put("amount", money("amount", amount, errors));
                body.put("calledOn", date("day", day, errors));
                body.put("note", note.isBlank() ? null : note.strip());
            }
            case RECEIPT -> {
                body.put("callId", required("callId", callId, "Bitte wählen Sie den Abruf.", errors));
                body.put("amount", money("amount", amount, errors));
                body.put("receivedOn", date("day", day, errors));
            }
            case DISBURSEMENT -> {
                body.put("recipient", required("recipient", recipient, "Bitte nennen Sie den Empfänger.", errors));
                body.put("amount", money("amount", amount, errors));
                body.put("disbursedOn", date("day", day, errors));
                body.put("note", note.isBlank() ? null : note.strip());
            }
            case PROOF -> {
                body.put("submittedOn", date("day", day, errors));
                body.put("acceptedOn", date("secondDay", secondDay, errors));
                body.put("provenAmount", money("provenAmount", provenAmount, errors));
                body.put(
                        "recognisedAmount",
                        recognisedAmount.isBlank() ? null : money("recognisedAmount", recognisedAmount, errors));
            }
            case RECLAIM -> {
                body.put("amount", revoke && amount.isBlank() ? BigDecimal.ZERO : money("amount", amount, errors));
                body.put("effectiveFrom", date("day", day, errors));
                body.put("decidedOn", date("secondDay", secondDay, errors));
                body.put("reason", required("reason", reason, "Bitte begründen Sie die Rückforderung.", errors));
                body.put("revoke", revoke);
            }
            case APPROVAL, AMENDMENT -> {
                body.put("amount", money("amount", amount, errors));
                body.put("rate", share(errors));
                body.put("eligibleCosts", money("eligibleCosts", eligibleCosts, errors));
                body.put("tranches", tranches(errors));
                body.put("decidedOn", date("day", day, errors));
                body.put("measureEnd", secondDay.isBlank() ? null : date("secondDay", secondDay, errors));
                body.put("finalProofDue", thirdDay.isBlank() ? null : date("thirdDay", thirdDay, errors));
                if (step == GrantStep.AMENDMENT) {
                    body.put("reason", required("reason", reason, "Bitte begründen Sie die Änderung.", errors));
                }
            }
            case REJECTION -> {
                body.put("reason", required("reason", reason, "Bitte begründen Sie die Ablehnung.", errors));
                body.put("decidedOn", date("day", day, errors));
            }
            case REPAYMENT -> body.put("paidOn", date("day", day, errors));
            case CLOSURE -> body.put("closedOn", date("day", day, errors));
        }
        return errors.hasErrors() ? Optional.empty() : Optional.of(body);
    }

    private @Nullable Integer year(Errors errors) {
        try {
            return Integer.valueOf(trancheYear.strip());
        } catch (NumberFormatException e) {
            errors.rejectValue("trancheYear", "year", "Bitte wählen Sie das Jahr der Tranche.");
            return null;
        }
    }

    /** The federal share in per cent as typed (90 or 90,5), sent as a fraction (0.9). */
    private @Nullable BigDecimal share(Errors errors) {
        String percent = rate.replace("%", "").strip();
        if (!percent.matches("\\d{1,3}(,\\d{1,2})?")) {
            errors.rejectValue("rate", "rate", "Bitte die Förderquote in Prozent angeben, z. B. 90.");
            return null;
        }
        return new BigDecimal(percent.replace(',', '.')).movePointLeft(2);
    }

    /** One tranche per line, {@code 2026: 135.000,00}. */
    private List<Map<String, Object>> tranches(Errors errors) {
        List<Map<String, Object>> read = new ArrayList<>();
        for (String line : tranches.split("\\R")) {
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
        Optional<LocalDate> day = DayInput.parse(text);
        if (day.isEmpty()) {
            errors.rejectValue(field, "date", "Bitte ein Datum im Format TT.MM.JJJJ angeben, z. B. 29.11.2026.");
        }
        return day.orElse(null);
    }

    private static @Nullable String required(String field, String text, String message, Errors errors) {
        if (text.isBlank()) {
            errors.rejectValue(field, "required", message);
            return null;
        }
        return text.strip();
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public @Nullable Long getRevision() {
        return revision;
    }

    public void setRevision(@Nullable Long revision) {
        this.revision = revision;
    }

    public String getTrancheYear() {
        return trancheYear;
    }

    public void setTrancheYear(String trancheYear) {
        this.trancheYear = trancheYear;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getSecondDay() {
        return secondDay;
    }

    public void setSecondDay(String secondDay) {
        this.secondDay = secondDay;
    }

    public String getCallId() {
        return callId;
    }

    public void setCallId(String callId) {
        this.callId = callId;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getProvenAmount() {
        return provenAmount;
    }

    public void setProvenAmount(String provenAmount) {
        this.provenAmount = provenAmount;
    }

    public String getRecognisedAmount() {
        return recognisedAmount;
    }

    public void setRecognisedAmount(String recognisedAmount) {
        this.recognisedAmount = recognisedAmount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRate() {
        return rate;
    }

    public void setRate(String rate) {
        this.rate = rate;
    }

    public String getEligibleCosts() {
        return eligibleCosts;
    }

    public void setEligibleCosts(String eligibleCosts) {
        this.eligibleCosts = eligibleCosts;
    }

    public String getTranches() {
        return tranches;
    }

    public void setTranches(String tranches) {
        this.tranches = tranches;
    }

    public String getThirdDay() {
        return thirdDay;
    }

    public void setThirdDay(String thirdDay) {
        this.thirdDay = thirdDay;
    }

    public boolean isRevoke() {
        return revoke;
    }

    public void setRevoke(boolean revoke) {
        this.revoke = revoke;
    }
}
