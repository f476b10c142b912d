package de.msh.reporting.masterplan.domain;

import java.math.BigDecimal;

/**
 * The published method progress is assessed by, with its thresholds: reference data, named and sourced so a reader
 * can check it.
 *
 * @param name the method's name as shown with each figure
 * @param source where it is published
 * @param onTrack the ratio from which progress is on track (0.95)
 * @param accelerationNeeded the ratio from which it needs acceleration (0.60); from 0 below, limited progress; below
 *     0, deterioration
 * @param minimumDataPoints how many values (the baseline counts) an assessment needs at least (2)
 */
public record AssessmentMethod(
        String name, String source, BigDecimal onTrack, BigDecimal accelerationNeeded, int minimumDataPoints) {

    public Assessment classify(BigDecimal ratio) {
        if (ratio.compareTo(onTrack) >= 0) {
            return Assessment.ON_TRACK;
        }
        if (ratio.compareTo(accelerationNeeded) >= 0) {
            return Assessment.ACCELERATION_NEEDED;
        }
        if (ratio.signum() >= 0) {
            return Assessment.LIMITED_PROGRESS;
        }
        return Assessment.DETERIORATION;
    }
}
