package de.msh.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client against a running service, so integration tests go through the real servlet container,
 * filters and error dispatch, exactly as a browser or script would.
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static ApiClient onPort(int port) {
        return new ApiClient("http://localhost:" + port);
    }

    public Response get(String path, @Nullable String token) {
        return send(request(path, token).GET());
    }

    public Response post(String path, @Nullable String token, String json) {
        return post(path, token, "application/json", json);
    }

    public Response post(String path, @Nullable String token, String contentType, String body) {
        return send(request(path, token)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON POST carrying an {@code Idempotency-Key}. */
    public Response postKeyed(String path, @Nullable String token, String key, String json) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, @Nullable String token, String json) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path, @Nullable String token) {
        return send(request(path, token).DELETE());
    }

    private HttpRequest.Builder request(String path, @Nullable String token) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.header("Accept", "application/json, application/problem+json");
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /**
     * Repeats a call until it answers as wanted or the timeout passes, and fails with the last answer otherwise. For
     * what a service learns from another service's topic, which arrives a little after the test published it.
     */
    public static Response eventually(Supplier<Response> call, Predicate<Response> wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Response last = call.get();
        while (!wanted.test(last) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
            last = call.get();
        }
        if (!wanted.test(last)) {
            throw new AssertionError(
                    "Not as wanted within " + timeout + "; last answer " + last.status() + ": " + last.body());
        }
        return last;
    }

    /** Status, content type and body of one answer; {@link #json()} parses the body. */
    public record Response(int status, String contentType, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }
}
