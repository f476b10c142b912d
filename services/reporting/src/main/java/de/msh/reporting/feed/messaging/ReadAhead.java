package de.msh.reporting.feed.messaging;

import java.util.concurrent.SynchronousQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a reader on a thread of its own, one item ahead of the caller that applies what it reads: while the caller
 * applies one item, the reader makes the next and waits until it is taken. So reading (fetching, decompressing,
 * decoding) and applying (handlers, writes) share the two cores instead of taking turns, and no more than two items
 * are held at once.
 */
final class ReadAhead {

    private ReadAhead() {}

    /**
     * Runs {@code reader}, which hands over each item it makes to the given consumer, and applies every item on the
     * calling thread in the order made; returns what the reader returned. A failure on either side stops both and is
     * thrown here.
     */
    @SuppressWarnings("unchecked")
    static <T, R> R run(String name, Function<Consumer<T>, R> reader, Consumer<T> apply) {
        SynchronousQueue<Object> handOver = new SynchronousQueue<>();
        Thread thread = new Thread(() -> read(reader, handOver), name);
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                Object next = take(handOver);
                if (next instanceof Item<?> item) {
                    apply.accept((T) item.value());
                } else if (next instanceof Done<?> done) {
                    return (R) done.result();
                } else {
                    throw failure(((Failed) next).cause());
                }
            }
        } finally {
            // after a failure here the reader waits at its next hand-over or poll: stop it; once done, it has ended
            thread.interrupt();
            join(thread);
        }
    }

    private static <T, R> void read(Function<Consumer<T>, R> reader, SynchronousQueue<Object> handOver) {
        Object last;
        try {
            last = new Done<>(reader.apply(item -> put(handOver, new Item<>(item))));
        } catch (Stopped stopped) {
            return;
        } catch (RuntimeException | Error failure) {
            last = new Failed(failure);
        }
        try {
            handOver.put(last);
        } catch (InterruptedException stopped) {
            // the caller gave up before taking it
        }
    }

    private static void put(SynchronousQueue<Object> handOver, Object message) {
        try {
            handOver.put(message);
        } catch (InterruptedException interrupted) {
            throw new Stopped();
        }
    }

    private static Object take(SynchronousQueue<Object> handOver) {
        try {
            return handOver.take();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the history", interrupted);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException failure(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        return (RuntimeException) cause;
    }

    private record Item<T>(T value) {}

    private record Done<R>(R result) {}

    private record Failed(Throwable cause) {}

    /** The caller stopped taking items. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
