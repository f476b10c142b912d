package de.msh.portal.finance;

import java.util.Arrays;
import java.util.Optional;

/** The steps of a grant's life the portal offers, by the German name in the address and the API's step. */
public enum GrantStep {
    APPROVAL("bewilligung", "approval", "Bewilligung erfasst"),
    AMENDMENT("aenderung", "amendments", "Änderungsbescheid erfasst"),
    REJECTION("ablehnung", "rejection", "Ablehnung erfasst"),
    CALL("abruf", "calls", "Mittel abgerufen"),
    RECEIPT("eingang", "receipts", "Zahlungseingang erfasst"),
    DISBURSEMENT("weiterleitung", "disbursements", "Weiterleitung erfasst"),
    PROOF("nachweis", "proofs", "Nachweis angenommen"),
    RECLAIM("rueckforderung", "reclaims", "Rückforderung erfasst"),
    REPAYMENT("rueckzahlung", "reclaims", "Rückzahlung erfasst"),
    CLOSURE("abschluss", "closure", "Zuwendung abgeschlossen");

    private final String path;
    private final String apiStep;
    private final String done;

    GrantStep(String path, String apiStep, String done) {
        this.path = path;
        this.apiStep = apiStep;
        this.done = done;
    }

    public String path() {
        return path;
    }

    String apiStep() {
        return apiStep;
    }

    String done() {
        return done;
    }

    static Optional<GrantStep> byPath(String path) {
        return Arrays.stream(values()).filter(step -> step.path.equals(path)).findFirst();
    }
}
