package de.msh.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.msh.platform.inbox.Outcome;
import de.msh.platform.inbox.SideEffects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/** An effect outside the store (a mail, a call) runs until it is done, and once it is done never again. */
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
    void anEffectCutOffBetweenStartAndDoneRunsAgain() {
        UUID event = UUID.randomUUID();
        AtomicInteger mails = new AtomicInteger();
        // what a process killed after acting but before writing "done" leaves behind
        mongo.insert(
                new Document("_id", event.toString())
                        .append("type", TYPE)
                        .append("state", "STARTED")
                        .append("attempts", 1),
                SideEffects.COLLECTION);

        assertThat(effects.once(event, TYPE, mails::incrementAndGet)).isEqualTo(Outcome.APPLIED);

        assertThat(mails).hasValue(1);
        assertThat(row(event).getString("state")).isEqualTo("DONE");
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

    private Document row(UUID event) {
        return mongo.findById(event.toString(), Document.class, SideEffects.COLLECTION);
    }
}
