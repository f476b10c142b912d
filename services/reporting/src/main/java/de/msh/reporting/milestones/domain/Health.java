package de.msh.reporting.milestones.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The health of a group of milestones on a day.
 *
 * @param key the group: {@code alle}, a strategic field or a project manager ({@code unbekannt} if none is known)
 * @param milestones those counted: not closed, and not the office's own events
 * @param achieved reached by the day
 * @param achievedOnTime reached on or before the baseline
 * @param missed not reached, forecast before the day
 * @param upcoming not reached, forecast from the day through the look-ahead
 * @param open not reached
 * @param onTimeRate reached on time among those reached or missed (4 places); null if there are none
 * @param averageSlippageDays days from baseline to the day reached or forecast, on average (1 place)
 * @param maxSlippageDays the largest of them
 */
public record Health(
        String key,
        int milestones,
        int achieved,
        int achievedOnTime,
        int missed,
        int upcoming,
        int open,
        @Nullable BigDecimal onTimeRate,
        BigDecimal averageSlippageDays,
        long maxSlippageDays) {}
