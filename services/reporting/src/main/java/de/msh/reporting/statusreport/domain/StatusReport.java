package de.msh.reporting.statusreport.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A status report: its figures at fixed event positions, what the manager wrote, and its files. A draft may be
 * assessed again and again (its files are written anew each time); once published it never changes. Kept in
 * {@code status_reports}, outside the read-model spaces: a rebuild must not take reports with it.
 */
@Document("status_reports")
public class StatusReport {

    public enum State {
        DRAFT,
        PUBLISHED
    }

    @Id
    private final String id;

    private final ReportScope scope;
    private final Instant asOf;
    private final List<ReportPosition> positions;
    private final StatusReportContent content;
    private final String createdBy;
    private final Instant createdAt;
    private State state = State.DRAFT;
    private @Nullable String assessment;
    private @Nullable String risks;
    private @Nullable String publishedBy;
    private @Nullable Instant publishedAt;
    private Map<ReportFormat, String> files = new EnumMap<>(ReportFormat.class);

    @Version
    private @Nullable Long revision;

    @PersistenceCreator
    StatusReport(
            String id,
            ReportScope scope,
            Instant asOf,
            List<ReportPosition> positions,
            StatusReportContent content,
            String createdBy,
            Instant createdAt) {
        this.id = id;
        this.scope = scope;
        this.asOf = asOf;
        this.positions = List.copyOf(positions);
        this.content = content;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A new draft of figures computed at the positions, which were reached at {@code asOf}. */
    public static StatusReport draft(
            String id,
            Instant asOf,
            List<ReportPosition> positions,
            StatusReportContent content,
            String by,
            Instant at) {
        return new StatusReport(id, content.scope(), asOf, positions, content, by, at);
    }

    /** The manager's assessment and the risks they see, in their own words; only while a draft. */
    public void assess(@Nullable String assessment, @Nullable String risks) {
        requireDraft();
        this.assessment = blankToNull(assessment);
        this.risks = blankToNull(risks);
    }

    public void publish(String by, Instant at) {
        requireDraft();
        state = State.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    /** The files as last written; replaced as a whole, so a report never points at a mix of two versions. */
    public void filed(Map<ReportFormat, String> written) {
        requireDraft();
        files = new EnumMap<>(written);
    }

    private void requireDraft() {
        if (state == State.PUBLISHED) {
            throw new ReportPublished(id);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String id() {
        return id;
    }

    public ReportScope scope() {
        return scope;
    }

    public Instant asOf() {
        return asOf;
    }

    public List<ReportPosition> positions() {
        return positions;
    }

    public StatusReportContent content() {
        return content;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public State state() {
        return state;
    }

    public @Nullable String assessment() {
        return assessment;
    }

    public @Nullable String risks() {
        return risks;
    }

    public @Nullable String publishedBy() {
        return publishedBy;
    }

    public @Nullable Instant publishedAt() {
        return publishedAt;
    }

    public Map<ReportFormat, String> files() {
        return Map.copyOf(files);
    }

    public long revision() {
        return revision == null ? 0 : revision;
    }
}
