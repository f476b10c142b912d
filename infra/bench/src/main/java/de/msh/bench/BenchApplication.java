package de.msh.bench;

import de.msh.platform.inbox.EventInbox;
import de.msh.platform.inbox.InOrderWriter;
import de.msh.platform.inbox.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

/**
 * A service as the platform makes it: the outbox relay for {@link BenchAggregate} and a batched consumer of
 * {@code msh.projects.events} that keeps a sequence-guarded read model, one row per aggregate.
 */
@SpringBootApplication
public class BenchApplication {

    static final String VIEW = "bench_view";

    @Bean
    ApplyProbe applyProbe() {
        return new ApplyProbe();
    }

    @Bean
    Consumer<Message<List<byte[]>>> onBenchEvents(EventInbox inbox, InOrderWriter writer, ApplyProbe probe) {
        return batch -> {
            List<String> subjects = new ArrayList<>();
            List<Instant> changedAt = new ArrayList<>();
            inbox.accept(batch, envelope -> {
                subjects.add(envelope.subject());
                changedAt.add(envelope.time());
                return Outcome.of(writer.apply(
                        VIEW, envelope.subject(), envelope.sequence(), new Update().set("type", envelope.type())));
            });
            probe.written(subjects, changedAt);
        };
    }
}
