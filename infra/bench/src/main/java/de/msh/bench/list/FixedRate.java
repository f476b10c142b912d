package de.msh.bench.list;

import de.msh.testsupport.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Offers GET requests at a fixed rate and times each from its planned send time, not from when a client got round to
 * it: a server that falls behind shows as queueing in the figure instead of slowing the offer down.
 */
final class FixedRate {

    private static final int CLIENTS = 32;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4))
            .build();
    private final String token = TestTokens.forRole("manager");

    /** Latencies in milliseconds, sorted; a request that failed or was not answered 200 throws. */
    Latencies offer(URI target, int perSecond, int seconds) throws InterruptedException {
        int total = perSecond * seconds;
        long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        double[] millis = new double[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        HttpRequest request = HttpRequest.newBuilder(target)
                .header("Authorization", "Bearer " + token)
                .build();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.execute(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long due = start + i * period;
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    try {
                        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (answer.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    millis[i] = (System.nanoTime() - due) / 1e6;
                }
            });
        }
        clients.shutdown();
        if (!clients.awaitTermination(seconds + 120L, TimeUnit.SECONDS)) {
            clients.shutdownNow();
            throw new IllegalStateException(target + " did not answer all requests in time");
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " of " + total + " requests to " + target + " failed");
        }
        Arrays.sort(millis);
        return new Latencies(millis);
    }

    /** Sorted latencies in milliseconds. */
    record Latencies(double[] sorted) {

        double percentile(double share) {
            int index = (int) Math.ceil(share * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }
}
