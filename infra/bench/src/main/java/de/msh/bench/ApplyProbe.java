package de.msh.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Watches the consumer: how many events it applied and when, and each lag probe's time from change to read model. */
final class ApplyProbe {

    private final AtomicLong applied = new AtomicLong();
    private volatile long firstNanos;
    private volatile long lastNanos;
    private final Map<String, List<Long>> lagMillis = new HashMap<>();

    /** Called after a batch is written, with each event's subject and the time its change happened. */
    synchronized void written(List<String> subjects, List<Instant> changedAt) {
        long now = System.nanoTime();
        if (applied.get() == 0) {
            firstNanos = now;
        }
        lastNanos = now;
        applied.addAndGet(subjects.size());
        Instant wallNow = Instant.now();
        for (int i = 0; i < subjects.size(); i++) {
            String subject = subjects.get(i);
            if (subject.startsWith("lag-")) {
                String run = subject.substring(0, subject.indexOf('/'));
                lagMillis
                        .computeIfAbsent(run, r -> new ArrayList<>())
                        .add(wallNow.toEpochMilli() - changedAt.get(i).toEpochMilli());
            }
        }
    }

    long applied() {
        return applied.get();
    }

    synchronized void reset() {
        applied.set(0);
        firstNanos = 0;
        lastNanos = 0;
    }

    /** Applied events per second between the first and the last written batch. */
    double rate() {
        double seconds = (lastNanos - firstNanos) / 1e9;
        return seconds <= 0 ? 0 : applied.get() / seconds;
    }

    synchronized int lagSamples(String run) {
        return lagMillis.getOrDefault(run, List.of()).size();
    }

    synchronized long lagPercentile(String run, double percentile) {
        List<Long> sorted = new ArrayList<>(lagMillis.getOrDefault(run, List.of()));
        if (sorted.isEmpty()) {
            return -1;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
