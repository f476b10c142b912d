package de.msh.funding.grant.application;

import java.math.BigDecimal;

/** Record an application for a grant for a project, under a programme's funding period. */
public record ApplyForGrant(
        String projectId, String fileNumber, String programmeId, String periodId, BigDecimal requestedAmount) {}
