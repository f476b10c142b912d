package de.msh.reporting.statusreport.domain;

/** Per topic partition, the offset before which every event is in the report's figures. */
public record ReportPosition(String topic, int partition, long offset) {}
