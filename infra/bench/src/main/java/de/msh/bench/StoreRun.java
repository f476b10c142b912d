package de.msh.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.msh.events.EventContext;
import de.msh.platform.outbox.relay.KafkaOutboxSender;
import de.msh.platform.outbox.relay.OutboxDocuments;
import de.msh.platform.outbox.relay.OutboxMetrics;
import de.msh.platform.outbox.relay.OutboxRelay;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Every figure on one store, with a broker and a store of its own. */
final class StoreRun {

    private static final String BACKLOG = "bench_backlog";
    private static final double SHARE = 0.5;
    private static final long LAG_CEILING_MS = 500;
    private static final Duration TICK = Duration.ofMillis(2);

    private final Settings settings;
    private final String store;
    private final Infrastructure infrastructure;
    private final List<Figure> figures = new ArrayList<>();
    private double relayRate;
    private double storeDocumentRate;
    private double consumerRate;
    private double storeRowRate;

    StoreRun(Settings settings, String store, Infrastructure infrastructure) {
        this.settings = settings;
        this.store = store;
        this.infrastructure = infrastructure;
    }

    List<Figure> measure() throws Exception {
        try (MongoClient client = MongoClients.create(infrastructure.mongoUri())) {
            MongoTemplate mongo = new MongoTemplate(client, "bench");
            int payload = relay(mongo);
            try (ConfigurableApplicationContext app = startService()) {
                consume(app, mongo);
                lag(app);
            }
            say("store files under %s: %s", infrastructure.folder(), Sizes.of(infrastructure.folder()));
            kafkaReferences(payload);
        }
        return figures;
    }

    private int relay(MongoTemplate mongo) {
        List<Document> backlog = Backlog.documents(settings.aggregates(), settings.eventsPerAggregate());
        double insertSeconds = Backlog.insert(mongo.getCollection(BACKLOG), backlog);
        int payload = Backlog.payloadSize(backlog);
        say(
                "backlog of %d events in %d documents written in %.1f s",
                settings.events(), settings.aggregates(), insertSeconds);
        try (var sender = new KafkaOutboxSender(EventContext.PROJECTS, infrastructure.brokers(), 3, Map.of())) {
            var relay = new OutboxRelay(
                    new OutboxDocuments(mongo, Clock.systemUTC(), Duration.ofMinutes(5)),
                    sender,
                    Set.of(BACKLOG),
                    new OutboxMetrics(new SimpleMeterRegistry()),
                    Clock.systemUTC(),
                    Duration.ofHours(1),
                    500);
            long start = System.nanoTime();
            int sent = relay.sweep();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (sent != settings.events()) {
                throw new IllegalStateException("The relay sent " + sent + " of " + settings.events() + " events");
            }
            relayRate = settings.events() / seconds;
            storeDocumentRate = settings.events() / insertSeconds;
            say("relay drained %d events in %.1f s", sent, seconds);
        }
        return payload;
    }

    private ConfigurableApplicationContext startService() {
        return new SpringApplicationBuilder(BenchApplication.class)
                .run(
                        "--spring.application.name=bench",
                        "--server.port=0",
                        "--spring.mongodb.uri=" + infrastructure.mongoUri(),
                        "--spring.mongodb.database=bench",
                        "--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.brokers(),
                        "--spring.kafka.bootstrap-servers=" + infrastructure.brokers(),
                        "--msh.events.context=projects",
                        "--spring.cloud.function.definition=onBenchEvents",
                        "--spring.cloud.stream.bindings.onBenchEvents-in-0.destination="
                                + EventContext.PROJECTS.topic(),
                        "--spring.cloud.stream.bindings.onBenchEvents-in-0.group=bench",
                        "--spring.cloud.stream.bindings.onBenchEvents-in-0.consumer.concurrency=3",
                        "--msh.security.jwk-set-uri=http://localhost:9/unused",
                        "--logging.level.root=WARN");
    }

    private void consume(ConfigurableApplicationContext app, MongoTemplate mongo) throws InterruptedException {
        ApplyProbe probe = app.getBean(ApplyProbe.class);
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (probe.applied() < settings.events() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        consumerRate = probe.rate();
        long complete = mongo.getCollection(BenchApplication.VIEW)
                .countDocuments(new Document("appliedSequence", (long) settings.eventsPerAggregate()));
        say(
                "consumer applied %d events at %.0f/s; %d of %d rows at their last sequence",
                probe.applied(), consumerRate, complete, settings.aggregates());
        if (complete != settings.aggregates()) {
            throw new IllegalStateException("The read model is incomplete: " + complete + " rows");
        }
        int rawWrites = Math.min(settings.events(), 200_000);
        storeRowRate = Backlog.rawRowWrites(mongo.getCollection("bench_raw_rows"), rawWrites, settings.aggregates());
        probe.reset();
    }

    private void lag(ConfigurableApplicationContext app) throws InterruptedException {
        ApplyProbe probe = app.getBean(ApplyProbe.class);
        MongoTemplate mongo = app.getBean(MongoTemplate.class);
        for (int rate : settings.lagRates()) {
            String run = "lag-" + rate;
            int total = rate * settings.lagSeconds();
            long start = System.nanoTime();
            // Like many users saving at once: every tick saves all events due by then, in one insert; each event's
            // time is taken as it is saved, so a late tick shows as lag, not as a lower offered rate.
            int offeredSoFar = 0;
            while (offeredSoFar < total) {
                int due = (int) Math.min(total, (System.nanoTime() - start) * rate / 1_000_000_000L + 1);
                if (due > offeredSoFar) {
                    Instant now = Instant.now();
                    List<BenchAggregate> batch = new ArrayList<>(due - offeredSoFar);
                    for (int i = offeredSoFar; i < due; i++) {
                        batch.add(BenchAggregate.registered(run + "/" + i, now));
                    }
                    mongo.insertAll(batch);
                    offeredSoFar = due;
                }
                LockSupport.parkNanos(TICK.toNanos());
            }
            double offered = total / ((System.nanoTime() - start) / 1e9);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (probe.lagSamples(run) < total && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            say(
                    "lag at %d/s (offered %.0f/s): %d of %d arrived, p50 %d ms, p99 %d ms",
                    rate,
                    offered,
                    probe.lagSamples(run),
                    total,
                    probe.lagPercentile(run, 50),
                    probe.lagPercentile(run, 99));
            // the goal binds on the file store the local stack runs on
            boolean binding = rate == 2_000 && store.equals("sqlite");
            // The generator shares two cores with the relay, the consumer, the broker and the store; a lag figure
            // counts for its rate only if that rate was offered.
            figures.add(new Figure(
                    "offered rate for lag at " + rate + "/s",
                    store,
                    offered,
                    rate,
                    "target",
                    "events/s",
                    ">= 95 % of target",
                    offered >= 0.95 * rate));
            figures.add(Figure.latency(
                    "lag p50 at " + rate + "/s", store, probe.lagPercentile(run, 50), LAG_CEILING_MS, false));
            figures.add(Figure.latency(
                    "lag p99 at " + rate + "/s", store, probe.lagPercentile(run, 99), LAG_CEILING_MS, binding));
            if (probe.lagSamples(run) < total) {
                figures.add(new Figure(
                        "lag events arrived at " + rate + "/s",
                        store,
                        probe.lagSamples(run),
                        total,
                        "offered",
                        "events",
                        "all",
                        false));
            }
        }
    }

    private void kafkaReferences(int payload) throws Exception {
        double producer =
                KafkaTools.producerRate(infrastructure.brokers(), "bench.producer-perf", settings.events(), payload);
        double consumer =
                KafkaTools.consumerRate(infrastructure.brokers(), EventContext.PROJECTS.topic(), settings.events());
        figures.add(
                0,
                Figure.rate(
                        "relay publish rate from a backlog",
                        store,
                        relayRate,
                        new Figure.Reference("ProducerPerformance", producer),
                        new Figure.Reference("store bulk insert", storeDocumentRate),
                        SHARE));
        figures.add(
                1,
                Figure.rate(
                        "consumer apply rate (sequence-guarded)",
                        store,
                        consumerRate,
                        new Figure.Reference("ConsumerPerformance", consumer),
                        new Figure.Reference("store bulk upsert", storeRowRate),
                        SHARE));
    }

    private void say(String format, Object... arguments) {
        System.out.printf("[%s] %s%n", store, String.format(java.util.Locale.ROOT, format, arguments));
    }
}
