package de.msh.portal.finance;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The fields of every step of a grant's life, as typed; {@link GrantStepBodies} reads the ones a step needs. */
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
