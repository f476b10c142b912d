package de.msh.platform.inbox;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Waits for the broker to confirm a send that must not be taken for done before it is. */
final class Confirmed {

    private Confirmed() {}

    static void send(Future<RecordMetadata> send, String what) {
        try {
            send.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not " + what, e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The broker did not confirm: " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + what, e);
        }
    }
}
