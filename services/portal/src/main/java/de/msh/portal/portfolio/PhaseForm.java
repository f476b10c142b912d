package de.msh.portal.portfolio;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The phase change control on a project's page; the key makes a doubled submit one change. */
public class PhaseForm {

    private String idempotencyKey = UUID.randomUUID().toString();
    private @Nullable Long revision;
    private String to = "";
    private String reason = "";

    /** Offers the next lifecycle phase first, since that is what people do most. */
    static PhaseForm next(Project project) {
        PhaseForm form = new PhaseForm();
        form.revision = project.revision();
        int at = Phases.BOARD.indexOf(project.phase());
        form.to = at >= 0 && at < Phases.BOARD.indexOf("COMPLETED") ? Phases.BOARD.get(at + 1) : "";
        return form;
    }

    ProjectRequests.ChangePhase toRequest() {
        return new ProjectRequests.ChangePhase(to, reason.isBlank() ? null : reason.strip(), revision);
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

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
