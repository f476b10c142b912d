package de.msh.bench.reporting;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.msh.bench.Backlog;
import de.msh.bench.Figure;
import de.msh.bench.Infrastructure;
import de.msh.bench.KafkaTools;
import de.msh.bench.ServiceProcess;
import de.msh.events.EventContext;
import de.msh.testsupport.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A history of {@code events} events on the topics, the reporting service's jar started on it as the local stack
 * starts it, and then: how long an "as of" answer takes at ten instants spread over the history (each the first
 * answer for its instant, so it builds its space: a checkpoint copied and the events since replayed; the instants lie
 * between 9 % and 99 % of the checkpoint distance after a checkpoint), and how fast a
 * rebuild reads the whole history, against {@code ConsumerPerformance} on the same topics and the store's bulk upsert
 * of as many rows.
 */
public record ReportingRun(int events, int aggregates, int checkpointEvents) {

    private static final String STORE = "sqlite";
    private static final double AS_OF_CEILING_MS = 2_000;
    private static final double SHARE = 0.5;
    private static final Pattern NUMBER = Pattern.compile("\"(offset|events)\"\\s*:\\s*(\\d+)");
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"(\\w+)\"");

    public List<Figure> measure(Infrastructure infrastructure, Path jar) throws Exception {
        say("producing %d events over %d aggregates", events, aggregates);
        long produceStart = System.nanoTime();
        History history = History.produce(infrastructure.brokers(), events, aggregates);
        say("produced in %.1f s", seconds(produceStart));
        List<Figure> figures = new ArrayList<>();
        Path log = infrastructure.folder().resolve("reporting.log");
        try (ServiceProcess reporting = ServiceProcess.start(
                "reporting",
                jar,
                infrastructure.brokers(),
                infrastructure.mongoUri(),
                log,
                List.of(
                        "--msh.reporting.checkpoint-delay=PT1S",
                        "--msh.reporting.checkpoint-events=" + checkpointEvents))) {
            Api api = new Api(reporting.base());
            long liveStart = System.nanoTime();
            await(
                    "the live consumers",
                    Duration.ofMinutes(30),
                    () -> sum(api.get("/api/reporting/positions"), "offset"));
            say("live consumers applied %d events at %.0f events/s", events, events / seconds(liveStart));
            await(
                    "the checkpoints",
                    Duration.ofMinutes(30),
                    () -> max(api.get("/api/reporting/admin/checkpoints"), "events") + checkpointEvents);
            say(
                    "the reporting database holds %.0f MB (read models, %d checkpoints)",
                    storeMegabytes(infrastructure), count(api.get("/api/reporting/admin/checkpoints"), "events"));
            // the view alone, on the live space: what every as-of answer costs beyond copy and replay
            double liveView = Double.MAX_VALUE;
            for (int k = 0; k < 3; k++) {
                long start = System.nanoTime();
                api.get("/api/reporting/money");
                liveView = Math.min(liveView, (System.nanoTime() - start) / 1e6);
            }
            say("live money view: %.0f ms (fastest of 3)", liveView);
            List<Double> millis = new ArrayList<>();
            for (int k = 0; k < 10; k++) {
                // spread over the history, and never just on a checkpoint: between 9 % and 99 % of the checkpoint
                // distance after one, so the answers replay from none to almost a whole distance of events
                long onCheckpoint = (long) (events * (k + 0.5) / 10) / checkpointEvents * checkpointEvents;
                Instant at = history.stampOf(onCheckpoint + (long) (checkpointEvents * (k + 0.9) / 10) - 1);
                long start = System.nanoTime();
                String answer = api.get("/api/reporting/money?asOf=" + at);
                double took = (System.nanoTime() - start) / 1e6;
                millis.add(took);
                say("as of %s: %.0f ms (%d bytes)", at, took, answer.length());
            }
            double worst =
                    millis.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            figures.add(Figure.latency(
                    "reporting as-of answer on " + events + " events, slowest of 10",
                    STORE,
                    worst,
                    AS_OF_CEILING_MS,
                    true));
            figures.add(Figure.latency(
                    "reporting as-of answer on " + events + " events, median of 10",
                    STORE,
                    millis.stream().sorted().toList().get(5),
                    AS_OF_CEILING_MS,
                    false));

            long rebuildStart = System.nanoTime();
            api.post("/api/reporting/admin/rebuild");
            String state = "RUNNING";
            while ("RUNNING".equals(state)) {
                Thread.sleep(200);
                Matcher matcher = STATE.matcher(api.get("/api/reporting/admin/rebuild"));
                state = matcher.find() ? matcher.group(1) : "UNKNOWN";
            }
            double rebuildSeconds = seconds(rebuildStart);
            if (!"DONE".equals(state)) {
                throw new IllegalStateException("the rebuild ended " + state + "; see " + log);
            }
            double rebuildRate = events / rebuildSeconds;
            say("rebuild read %d events in %.1f s: %.0f events/s", events, rebuildSeconds, rebuildRate);
            figures.add(
                    0,
                    Figure.rate(
                            "reporting rebuild rate",
                            STORE,
                            rebuildRate,
                            new Figure.Reference("ConsumerPerformance", consumerRate(infrastructure)),
                            new Figure.Reference("store bulk upsert", storeRate(infrastructure)),
                            SHARE));
        }
        return figures;
    }

    /** Records per second ConsumerPerformance reads, over both topics of the history. */
    private double consumerRate(Infrastructure infrastructure) throws IOException {
        int half = events / 2;
        double projects = KafkaTools.consumerRate(infrastructure.brokers(), EventContext.PROJECTS.topic(), half);
        double funding = KafkaTools.consumerRate(infrastructure.brokers(), EventContext.FUNDING.topic(), half);
        return events / (half / projects + half / funding);
    }

    private double storeRate(Infrastructure infrastructure) {
        try (MongoClient client = MongoClients.create(infrastructure.mongoUri())) {
            return Backlog.rawRowWrites(
                    client.getDatabase("bench").getCollection("reporting_raw_rows"), events, aggregates);
        }
    }

    private static double storeMegabytes(Infrastructure infrastructure) {
        try (MongoClient client = MongoClients.create(infrastructure.mongoUri())) {
            Number size = (Number) client.getDatabase("reporting")
                    .runCommand(new org.bson.Document("dbStats", 1))
                    .get("dataSize");
            return size.doubleValue() / 1e6;
        }
    }

    private static long count(String json, String field) {
        long count = 0;
        Matcher matcher = NUMBER.matcher(json);
        while (matcher.find()) {
            if (matcher.group(1).equals(field)) {
                count++;
            }
        }
        return count;
    }

    private void await(String what, Duration within, LongSupplier reached) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        long now = 0;
        while (System.nanoTime() < deadline) {
            now = reached.getAsLong();
            if (now >= events) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(what + " reached " + now + " of " + events + " events within " + within);
    }

    private static long sum(String json, String field) {
        long sum = 0;
        Matcher matcher = NUMBER.matcher(json);
        while (matcher.find()) {
            if (matcher.group(1).equals(field)) {
                sum += Long.parseLong(matcher.group(2));
            }
        }
        return sum;
    }

    private static long max(String json, String field) {
        long max = 0;
        Matcher matcher = NUMBER.matcher(json);
        while (matcher.find()) {
            if (matcher.group(1).equals(field)) {
                max = Math.max(max, Long.parseLong(matcher.group(2)));
            }
        }
        return max;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void say(String format, Object... arguments) {
        System.out.printf("[reporting] %s%n", String.format(Locale.ROOT, format, arguments));
    }

    /** The service's API with an admin's token (admin may read everything and start a rebuild). */
    private record Api(URI base) {

        private static final HttpClient HTTP = HttpClient.newHttpClient();
        private static final String TOKEN = TestTokens.forRole("admin");

        String get(String path) {
            return send(HttpRequest.newBuilder(base.resolve(path)).GET());
        }

        String post(String path) {
            return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
        }

        private String send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> answer = HTTP.send(
                        request.header("Authorization", "Bearer " + TOKEN)
                                .timeout(Duration.ofMinutes(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() >= 300) {
                    throw new IllegalStateException(
                            answer.statusCode() + " from " + answer.uri() + ": " + answer.body());
                }
                return answer.body();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
