package de.msh.reporting.masterplan.application;

import de.msh.events.DomainEvent;
import de.msh.events.EventEnvelope;
import de.msh.events.projects.ProjectIndicatorReported;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import de.msh.platform.inbox.Outcome;
import de.msh.reporting.masterplan.domain.CatalogueVersion;
import de.msh.reporting.masterplan.domain.ContributionRows;
import de.msh.reporting.masterplan.domain.Indicator;
import de.msh.reporting.masterplan.domain.IndicatorProgress;
import de.msh.reporting.masterplan.domain.MasterplanProgress;
import de.msh.reporting.masterplan.domain.ProgressAssessor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Keeps what projects plan and report on the Masterplan indicators, and assesses each indicator of the catalogue
 * against it. Every reported value counts as achieved: the projects service has no approval of reports yet.
 */
@Service
public class ProgressService {

    private final ContributionRows rows;
    private final CatalogueService catalogue;
    private final ProgressAssessor assessor;

    ProgressService(ContributionRows rows, CatalogueService catalogue, ProgressAssessor assessor) {
        this.rows = rows;
        this.catalogue = catalogue;
        this.assessor = assessor;
    }

    public Outcome apply(EventEnvelope<DomainEvent> envelope) {
        long seq = envelope.sequence();
        DomainEvent event = envelope.data();
        if (event instanceof ProjectRegistered e) {
            return Outcome.of(
                    rows.planned(e.projectId(), seq, e.strategicField(), e.phase(), e.plannedContributions()));
        }
        if (event instanceof ProjectUpdated e) {
            return Outcome.of(rows.planned(e.projectId(), seq, e.strategicField(), null, e.plannedContributions()));
        }
        if (event instanceof ProjectPhaseChanged e) {
            return Outcome.of(rows.phase(e.projectId(), seq, e.to()));
        }
        if (event instanceof ProjectIndicatorReported e) {
            return Outcome.of(rows.reported(e.projectId(), seq, e.indicator(), e.achievedOn(), e.value()));
        }
        return Outcome.IGNORED;
    }

    /**
     * Every indicator of the catalogue, or those of one field, with its progress and forecast: by the current
     * catalogue, or by the version valid at {@code asOf}.
     */
    public MasterplanProgress progress(@Nullable String field, @Nullable Instant asOf) {
        CatalogueVersion version = asOf == null ? catalogue.current() : catalogue.asOf(asOf);
        Map<String, List<IndicatorProgress>> byField = version.indicators().stream()
                .filter(indicator -> field == null || field.equals(indicator.field()))
                .map(this::progressOf)
                .collect(Collectors.groupingBy(IndicatorProgress::field, TreeMap::new, Collectors.toList()));
        return new MasterplanProgress(
                version.version(),
                version.source(),
                byField.entrySet().stream()
                        .map(e -> new MasterplanProgress.FieldProgress(e.getKey(), e.getValue()))
                        .toList());
    }

    private IndicatorProgress progressOf(Indicator indicator) {
        return assessor.progress(indicator, rows.on(indicator.key()));
    }
}
