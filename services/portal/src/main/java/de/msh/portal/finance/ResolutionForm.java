package de.msh.portal.finance;

import de.msh.portal.web.MoneyInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.validation.Errors;

/**
 * Settling an open booking by hand: assigned to one call or disbursement, split over several, or not relevant to
 * funding; always with a reason. Parts are typed one per line as {@code Aktenzeichen; C-3; 30.000,00}.
 */
public class ResolutionForm {

    static final List<String> ACTIONS = List.of("ASSIGNED", "SPLIT", "NOT_RELEVANT");

    private String idempotencyKey = UUID.randomUUID().toString();
    private String action = "";
    private String parts = "";
    private String reason = "";

    /** Checks the form and builds the request; grants are named by file number (or id) as people know them. */
    Optional<Statements.ResolutionRequest> toRequest(Map<String, String> grantIdsByFileNumber, Errors errors) {
        if (!ACTIONS.contains(action)) {
            errors.rejectValue("action", "required", "Bitte wählen Sie, wie die Buchung erledigt wird.");
        }
        if (reason.isBlank()) {
            errors.rejectValue("reason", "required", "Bitte begründen Sie die Entscheidung.");
        }
        List<Statements.Part> read = new ArrayList<>();
        if (!"NOT_RELEVANT".equals(action)) {
            for (String line : parts.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(";");
                Optional<BigDecimal> amount = cells.length == 3 ? MoneyInput.parse(cells[2]) : Optional.empty();
                String grant = cells.length == 3 ? grantIdsByFileNumber.get(cells[0].strip()) : null;
                if (amount.isEmpty() || grant == null || cells[1].isBlank()) {
                    errors.rejectValue(
                            "parts",
                            "format",
                            "Zeile „" + line.strip()
                                    + "“: bitte Aktenzeichen; Abruf oder Weiterleitung; Betrag angeben,"
                                    + " z. B. DEMO-IB-2024-0001; C-3; 30.000,00.");
                    continue;
                }
                read.add(new Statements.Part(grant, cells[1].strip(), amount.get()));
            }
            if (read.isEmpty() && !errors.hasFieldErrors("parts")) {
                errors.rejectValue("parts", "required", "Bitte geben Sie an, wem die Buchung zugeordnet wird.");
            } else if ("ASSIGNED".equals(action) && read.size() > 1) {
                errors.rejectValue("parts", "single", "Eine Zuordnung hat genau eine Zeile; für mehrere: Aufteilen.");
            }
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Statements.ResolutionRequest(action, read, reason.strip()));
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getParts() {
        return parts;
    }

    public void setParts(String parts) {
        this.parts = parts;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
