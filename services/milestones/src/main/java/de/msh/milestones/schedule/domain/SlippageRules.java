package de.msh.milestones.schedule.domain;

/**
 * The office's thresholds for judging milestones (reference data, set in configuration).
 *
 * @param atRiskDays a milestone due within this many days is at risk
 * @param lookAheadDays a milestone due within this many days is on track rather than merely planned
 */
public record SlippageRules(int atRiskDays, int lookAheadDays) {

    public SlippageRules {
        if (atRiskDays < 0 || lookAheadDays < atRiskDays) {
            throw new IllegalArgumentException(
                    "Need 0 <= atRiskDays <= lookAheadDays, got " + atRiskDays + " and " + lookAheadDays);
        }
    }
}
