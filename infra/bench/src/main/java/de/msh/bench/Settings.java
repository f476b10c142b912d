package de.msh.bench;

import de.msh.bench.documents.DocumentsRun;
import de.msh.bench.list.ListRun;
import de.msh.bench.reporting.ReportingRun;
import java.util.List;

/**
 * What to measure: {@code --parts=backbone,list,reporting --events=1000000 --aggregates=10000
 * --stores=memory,h2,sqlite --lag-seconds=10 --lag-rates=500,2000,5000 --projects=10000 --list-rate=200
 * --list-seconds=10 --checkpoint-events=10000 --report-projects=1000}; the documents part runs only when named. The backbone part runs on every store of {@code --stores}; the list and
 * reporting parts on SQLite, the local stack's store; the reporting part uses {@code --events} and
 * {@code --aggregates} for its history.
 */
record Settings(
        List<String> parts,
        int events,
        int aggregates,
        List<String> stores,
        int lagSeconds,
        List<Integer> lagRates,
        ListRun list,
        ReportingRun reporting,
        DocumentsRun documents) {

    static Settings parse(String[] args) {
        int events = 1_000_000;
        int aggregates = 10_000;
        List<String> stores = List.of("memory", "h2", "sqlite");
        int lagSeconds = 10;
        List<Integer> rates = List.of(500, 2_000, 5_000);
        List<String> parts = List.of("backbone", "list", "reporting");
        int projects = 10_000;
        int listRate = 200;
        int listSeconds = 10;
        int checkpointEvents = 10_000;
        int reportProjects = 1_000;
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("Expected --name=value, got " + arg);
            }
            switch (pair[0]) {
                case "parts" -> parts = List.of(pair[1].split(","));
                case "projects" -> projects = Integer.parseInt(pair[1]);
                case "list-rate" -> listRate = Integer.parseInt(pair[1]);
                case "list-seconds" -> listSeconds = Integer.parseInt(pair[1]);
                case "checkpoint-events" -> checkpointEvents = Integer.parseInt(pair[1]);
                case "report-projects" -> reportProjects = Integer.parseInt(pair[1]);
                case "events" -> events = Integer.parseInt(pair[1]);
                case "aggregates" -> aggregates = Integer.parseInt(pair[1]);
                case "stores" -> stores = List.of(pair[1].split(","));
                case "lag-seconds" -> lagSeconds = Integer.parseInt(pair[1]);
                case "lag-rates" ->
                    rates = java.util.Arrays.stream(pair[1].split(","))
                            .map(Integer::valueOf)
                            .toList();
                default -> throw new IllegalArgumentException("Unknown setting " + pair[0]);
            }
        }
        if (events % aggregates != 0) {
            throw new IllegalArgumentException("events must be a multiple of aggregates");
        }
        return new Settings(
                parts,
                events,
                aggregates,
                stores,
                lagSeconds,
                rates,
                new ListRun(projects, listRate, listSeconds),
                new ReportingRun(events, aggregates, checkpointEvents),
                new DocumentsRun(reportProjects));
    }

    int eventsPerAggregate() {
        return events / aggregates;
    }
}
