package de.msh.bench.reporting;

import de.msh.events.CloudEventAttributes;
import de.msh.events.DomainEvent;
import de.msh.events.EventCodec;
import de.msh.events.EventContext;
import de.msh.events.EventTypeRegistry;
import de.msh.events.funding.FundsCalled;
import de.msh.events.funding.GrantApplied;
import de.msh.events.funding.GrantApproved;
import de.msh.events.funding.PaymentReceived;
import de.msh.events.projects.PlannedContribution;
import de.msh.events.projects.ProjectIndicatorReported;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Five years of a portfolio as events: half the aggregates are projects (registered, then indicator reports and
 * edits), half are grants of them (applied, approved, then calls and receipts). Produced aggregate by aggregate in
 * rounds, each record stamped with its moment in those five years, so an instant in them has a position on each topic.
 *
 * @param first the stamp of the first record
 * @param last the stamp of the last record
 */
record History(Instant first, Instant last, int events) {

    private static final Instant START = Instant.parse("2021-01-01T00:00:00Z");
    private static final Duration SPAN = Duration.ofDays(5 * 365);
    private static final BigDecimal THOUSAND = new BigDecimal("1000.00");

    static History produce(String brokers, int events, int aggregates) throws Exception {
        int projects = aggregates / 2;
        int rounds = events / aggregates;
        long step = SPAN.toMillis() / events;
        EventCodec codec = EventCodec.standard();
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class,
                ProducerConfig.LINGER_MS_CONFIG,
                20,
                ProducerConfig.BATCH_SIZE_CONFIG,
                256 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                "lz4"))) {
            List<Future<?>> sends = new ArrayList<>();
            int n = 0;
            for (int round = 1; round <= rounds; round++) {
                for (int a = 0; a < aggregates; a++) {
                    Instant at = START.plusMillis(step * n++);
                    boolean project = a < projects;
                    int of = project ? a : a - projects;
                    String subject = (project ? "bench-project-" : "bench-grant-") + of;
                    DomainEvent event = project ? project(subject, of, round, at) : grant(subject, of, round, at);
                    sends.add(producer.send(record(codec, subject, round, event, at)));
                    if (sends.size() == 10_000) {
                        for (Future<?> send : sends) {
                            send.get();
                        }
                        sends.clear();
                    }
                }
            }
            for (Future<?> send : sends) {
                send.get();
            }
        }
        return new History(START, START.plusMillis(step * (events - 1L)), events);
    }

    private static DomainEvent project(String id, int of, int round, Instant at) {
        String field = List.of("grundstoffindustrie", "energie", "wertschoepfung", "tourismus", "mobilitaet-logistik")
                .get(of % 5);
        List<PlannedContribution> planned = List.of(new PlannedContribution("radwege-km", "km", BigDecimal.TEN));
        if (round == 1) {
            return new ProjectRegistered(
                    id,
                    "B-" + of,
                    "Messprojekt " + of,
                    field,
                    List.of("Sangerhausen"),
                    ProjectPhase.IDEA,
                    null,
                    planned);
        }
        if (round % 2 == 0) {
            return new ProjectIndicatorReported(
                    id, "radwege-km", "km", BigDecimal.valueOf(round / 2), day(at), "Messung", "bench");
        }
        return new ProjectUpdated(
                id, "Messprojekt " + of + " v" + round, field, null, List.of("Sangerhausen"), "bench", null, planned);
    }

    private static DomainEvent grant(String id, int of, int round, Instant at) {
        String project = "bench-project-" + of;
        String file = "F-" + of;
        if (round == 1) {
            return new GrantApplied(
                    id, project, file, "invkg-arm1", "2020-2026", new BigDecimal("500000.00"), "EUR", "bench");
        }
        if (round == 2) {
            return new GrantApproved(id, project, "invkg-arm1", new BigDecimal("450000.00"), "EUR", day(at), "bench");
        }
        if (round % 2 == 1) {
            return new FundsCalled(
                    id, project, file, "C-" + round, day(at).getYear(), THOUSAND, "EUR", day(at), "bench");
        }
        return new PaymentReceived(id, project, "C-" + (round - 1), "R-" + round, THOUSAND, "EUR", day(at), "bench");
    }

    private static ProducerRecord<String, byte[]> record(
            EventCodec codec, String subject, long sequence, DomainEvent event, Instant at) {
        String type = EventTypeRegistry.standard().typeOf(event.getClass());
        EventContext context = EventContext.ofKey(type.split("\\.")[1]);
        var attributes =
                new CloudEventAttributes.Attributes(UUID.randomUUID(), context.source(), type, subject, at, sequence);
        List<Header> headers = new ArrayList<>();
        CloudEventAttributes.headersOf(attributes)
                .forEach((name, value) -> headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        byte[] data = codec.toJson(event).getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(context.topic(), null, at.toEpochMilli(), subject, data, headers);
    }

    /** The stamp of the record with this index (0 is the first), as it was produced. */
    Instant stampOf(long index) {
        long step = SPAN.toMillis() / events;
        return first.plusMillis(step * Math.min(index, events - 1L));
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
