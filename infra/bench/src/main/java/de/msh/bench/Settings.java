package de.msh.bench;

import java.util.List;

/**
 * What to measure: {@code --events=1000000 --aggregates=10000 --stores=memory,h2,sqlite --lag-seconds=10
 * --lag-rates=500,2000,5000}.
 */
record Settings(int events, int aggregates, List<String> stores, int lagSeconds, List<Integer> lagRates) {

    static Settings parse(String[] args) {
        int events = 1_000_000;
        int aggregates = 10_000;
        List<String> stores = List.of("memory", "h2", "sqlite");
        int lagSeconds = 10;
        List<Integer> rates = List.of(500, 2_000, 5_000);
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("Expected --name=value, got " + arg);
            }
            switch (pair[0]) {
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
        return new Settings(events, aggregates, stores, lagSeconds, rates);
    }

    int eventsPerAggregate() {
        return events / aggregates;
    }
}
