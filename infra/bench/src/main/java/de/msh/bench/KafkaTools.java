package de.msh.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own performance tools from the Kafka jars, each in its own JVM on the same broker: the broker's limit for
 * producing and consuming records of the size our events have.
 */
public final class KafkaTools {

    private static final Pattern PRODUCED = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec");

    private KafkaTools() {}

    /** Records per second that {@code ProducerPerformance} reaches with {@code acks=all} and idempotence. */
    static double producerRate(String brokers, String topic, int records, int recordSize) throws IOException {
        List<String> out = run(List.of(
                "org.apache.kafka.tools.ProducerPerformance",
                "--topic",
                topic,
                "--num-records",
                Integer.toString(records),
                "--record-size",
                Integer.toString(recordSize),
                "--throughput",
                "-1",
                "--producer-props",
                "bootstrap.servers=" + brokers,
                "acks=all",
                "enable.idempotence=true",
                "linger.ms=5",
                "batch.size=262144",
                "compression.type=lz4"));
        for (int i = out.size() - 1; i >= 0; i--) {
            Matcher m = PRODUCED.matcher(out.get(i));
            if (m.find() && Long.parseLong(m.group(1)) == records) {
                return Double.parseDouble(m.group(2));
            }
        }
        throw new IllegalStateException("ProducerPerformance gave no total: " + out);
    }

    /** Records per second that {@code ConsumerPerformance} fetches from the whole topic (rebalance excluded). */
    public static double consumerRate(String brokers, String topic, int records) throws IOException {
        List<String> out = run(List.of(
                "org.apache.kafka.tools.ConsumerPerformance",
                "--bootstrap-server",
                brokers,
                "--topic",
                topic,
                "--messages",
                Integer.toString(records),
                "--group",
                "bench-perf-" + System.nanoTime(),
                "--timeout",
                "60000"));
        // header: start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec,
        // rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
        for (int i = out.size() - 1; i >= 0; i--) {
            String[] columns = out.get(i).split(",\\s*");
            if (columns.length >= 10 && columns[4].trim().matches("\\d+")) {
                return Double.parseDouble(columns[9].trim());
            }
        }
        throw new IllegalStateException("ConsumerPerformance gave no total: " + out);
    }

    private static List<String> run(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.javaBinary());
        command.add("-Xmx1g");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                lines.add(line);
            }
        }
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException("Kafka tool failed: " + lines);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return lines;
    }

    private static final class Path {
        static String javaBinary() {
            return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString();
        }
    }
}
