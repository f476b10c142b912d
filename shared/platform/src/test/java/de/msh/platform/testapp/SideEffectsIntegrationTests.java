package de.msh.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.msh.platform.inbox.Outcome;
import de.msh.platform.inbox.SideEffects;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * An effect outside the store (a mail, a call) runs until it is done, once it is done never again, and never on two
 * instances at once.
 */
@SpringBootTest
class SideEffectsIntegrationTests {

    static final String TYPE = "msh.funding.ProofOfUseDue.v1";

    @Autowired
    SideEffects effects;

    @Autowired
    MongoTemplate mongo;

    @Test
    void anEffectThatFailedRunsAgainOnTheNextDelivery() {
        UUID event = UUID.randomUUID();
        AtomicInteger mails = new AtomicInteger();

        assertThatThrownBy(() -> effects.once(event, TYPE, () -> {
                    throw new IllegalStateException("SMTP 421");
                }))
                .hasMessage("SMTP 421");
        Outcome retried = effects.once(event, TYPE, mails::incrementAndGet);

        assertThat(retried).isEqualTo(Outcome.APPLIED);
        assertThat(mails).hasValue(1);
        assertThat(row(event).getInteger("attempts")).isEqualTo(2);
    }

    @Test
    void anEffectCutOffBetweenStartAndDoneRunsAgainOnceItsLeaseRanOut() {
        UUID event = UUID.randomUUID();
        AtomicInteger mails = new AtomicInteger();
        // what a process killed after acting but before writing "done" leaves behind
        startedElsewhere(event, Instant.now().minus(SideEffects.DEFAULT_LEASE).minusSeconds(1));

        assertThat(effects.once(event, TYPE, mails::incrementAndGet)).isEqualTo(Outcome.APPLIED);

        assertThat(mails).hasValue(1);
        assertThat(row(event).getString("state")).isEqualTo("DONE");
    }

    @Test
    void anEffectStartedElsewhereWithinItsLeaseIsLeftToThatProcess() {
        UUID event = UUID.randomUUID();
        AtomicInteger mails = new AtomicInteger();
        startedElsewhere(event, Instant.now().minusSeconds(10));

        assertThatThrownBy(() -> effects.once(event, TYPE, mails::incrementAndGet))
                .isInstanceOf(SideEffects.EffectInProgress.class);

        assertThat(mails).hasValue(0);
        assertThat(row(event).getInteger("attempts")).isEqualTo(1);
    }

    @Test
    void twoInstancesAtOnceActOnce() throws Exception {
        UUID event = UUID.randomUUID();
        AtomicInteger mails = new AtomicInteger();
        CountDownLatch acting = new CountDownLatch(1);
        CountDownLatch secondTried = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Outcome> first = other.submit(() -> effects.once(event, TYPE, () -> {
                mails.incrementAndGet();
                acting.countDown();
                await(secondTried);
            }));
            await(acting);
            assertThatThrownBy(() -> effects.once(event, TYPE, mails::incrementAndGet))
                    .isInstanceOf(SideEffects.EffectInProgress.class);
            secondTried.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(Outcome.APPLIED);
            assertThat(effects.once(event, TYPE, mails::incrementAndGet)).isEqualTo(Outcome.DUPLICATE);
            assertThat(mails).hasValue(1);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aRedeliveryAfterDoneDoesNothing() {
        UUID event = UUID.randomUUID();
        AtomicInteger mails = new AtomicInteger();

        effects.once(event, TYPE, mails::incrementAndGet);
        Outcome again = effects.once(event, TYPE, mails::incrementAndGet);

        assertThat(again).isEqualTo(Outcome.DUPLICATE);
        assertThat(mails).hasValue(1);
    }

    private void startedElsewhere(UUID event, Instant startedAt) {
        mongo.insert(
                new Document("_id", event.toString())
                        .append("type", TYPE)
                        .append("state", "STARTED")
                        .append("attempts", 1)
                        .append("startedAt", Date.from(startedAt)),
                SideEffects.COLLECTION);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private Document row(UUID event) {
        return mongo.findById(event.toString(), Document.class, SideEffects.COLLECTION);
    }
}
