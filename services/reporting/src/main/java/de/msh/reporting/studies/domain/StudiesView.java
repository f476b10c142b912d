package de.msh.reporting.studies.domain;

import java.util.List;

/** The recommendations of all studies not withdrawn, in all and per study field. */
public record StudiesView(Realisation total, List<Realisation> byField) {}
