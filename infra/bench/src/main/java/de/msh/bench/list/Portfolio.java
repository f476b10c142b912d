package de.msh.bench.list;

import de.msh.testsupport.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A portfolio registered through the service's API, spread over phases, fields, municipalities and managers the way
 * the office's would be, so filters select anything from a few hundred projects to a seventh of them.
 */
final class Portfolio {

    static final List<String> PHASES =
            List.of("IDEA", "CONCEPT", "APPLICATION", "APPROVED", "IMPLEMENTATION", "COMPLETED", "CANCELLED");
    static final List<String> FIELDS =
            List.of("grundstoffindustrie", "energie", "wertschoepfung", "tourismus", "mobilitaet-logistik");
    static final List<String> MUNICIPALITIES = List.of(
            "Lutherstadt Eisleben",
            "Sangerhausen",
            "Hettstedt",
            "Mansfeld",
            "Gerbstedt",
            "Arnstein",
            "Allstedt",
            "Südharz",
            "Seegebiet Mansfelder Land",
            "Kelbra",
            "Wallhausen",
            "Berga",
            "Edersleben",
            "Helbra",
            "Klostermansfeld",
            "Benndorf",
            "Hergisdorf",
            "Wimmelburg",
            "Blankenheim",
            "Bornstedt");
    static final int MANAGERS = 25;

    private Portfolio() {}

    /** Registers {@code count} projects with {@code threads} parallel clients; fails on the first refusal. */
    static void register(URI base, int count, int threads) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = TestTokens.forRole("steering");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> pending = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                pending.add(pool.submit(() -> {
                    for (int i = first; i < count; i += threads) {
                        send(http, base, token, i);
                    }
                    return null;
                }));
            }
            for (Future<?> each : pending) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void send(HttpClient http, URI base, String token, int i) throws IOException, InterruptedException {
        String body = String.format(
                Locale.ROOT,
                "{\"code\":\"BENCH-%05d\",\"title\":\"Vorhaben %d %s\",\"phase\":\"%s\",\"strategicField\":\"%s\","
                        + "\"municipalities\":[\"%s\"],\"projectManager\":\"manager-%02d\",\"tags\":[\"tag-%d\"]}",
                i,
                i,
                Long.toString(Integer.toUnsignedLong(i * 0x9E3779B9), 36),
                PHASES.get(i % PHASES.size()),
                FIELDS.get(i / 3 % FIELDS.size()),
                MUNICIPALITIES.get(i / 7 % MUNICIPALITIES.size()),
                i % MANAGERS,
                i % 40);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/projects"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException(
                    "registration " + i + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }
}
