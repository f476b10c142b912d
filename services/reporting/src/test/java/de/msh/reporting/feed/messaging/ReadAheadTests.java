package de.msh.reporting.feed.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadAheadTests {

    @Test
    void appliesEveryItemInTheOrderReadOnTheCallersThreadAndReturnsTheReadersResult() {
        List<String> applied = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        String result = ReadAhead.<Integer, String>run(
                "test-reader",
                items -> {
                    for (int i = 0; i < 100; i++) {
                        items.accept(i);
                    }
                    return "read 100";
                },
                item -> {
                    applied.add(String.valueOf(item));
                    threads.add(Thread.currentThread());
                });

        assertThat(result).isEqualTo("read 100");
        assertThat(applied).hasSize(100).startsWith("0", "1", "2").endsWith("99");
        assertThat(threads).containsOnly(Thread.currentThread());
    }

    @Test
    void readsAtMostOneItemAheadOfTheOneApplied() {
        AtomicInteger made = new AtomicInteger();
        List<Integer> aheadWhenApplied = new ArrayList<>();
        ReadAhead.<Integer, Void>run(
                "test-reader",
                items -> {
                    for (int i = 0; i < 20; i++) {
                        items.accept(made.incrementAndGet());
                    }
                    return null;
                },
                item -> {
                    sleep(5);
                    aheadWhenApplied.add(made.get() - item);
                });

        // the item applied, plus the next one made and waiting to be taken
        assertThat(aheadWhenApplied).allSatisfy(ahead -> assertThat(ahead).isBetween(0, 1));
    }

    @Test
    void aFailureOfTheReaderIsThrownToTheCallerAfterWhatWasReadBefore() {
        List<Integer> applied = new ArrayList<>();
        assertThatThrownBy(() -> ReadAhead.<Integer, Void>run(
                        "test-reader",
                        items -> {
                            items.accept(1);
                            throw new IllegalStateException("broker gone");
                        },
                        applied::add))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("broker gone");
        assertThat(applied).containsExactly(1);
    }

    @Test
    void aFailureWhileApplyingStopsTheReader() throws InterruptedException {
        CountDownLatch readerEnded = new CountDownLatch(1);
        AtomicInteger made = new AtomicInteger();
        assertThatThrownBy(() -> ReadAhead.<Integer, Void>run(
                        "test-reader",
                        items -> {
                            try {
                                while (true) {
                                    items.accept(made.incrementAndGet());
                                }
                            } finally {
                                readerEnded.countDown();
                            }
                        },
                        item -> {
                            throw new IllegalArgumentException("store refused");
                        }))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(readerEnded.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(made.get()).isLessThanOrEqualTo(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
