package de.msh.bench;

import de.msh.testsupport.TestTokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A service's executable jar in a JVM of its own, with the local stack's JVM flags and heap, pointed at the
 * benchmark's broker and store and trusting the test kit's token key.
 */
public final class ServiceProcess implements AutoCloseable {

    /** As {@code infra/local/start.sh} starts every service. */
    private static final List<String> SMALL_JVM = List.of(
            "-Xmx192m",
            "-Xms32m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xss512k",
            "-XX:MaxMetaspaceSize=192m");

    private final Process process;
    private final URI base;

    private final String name;

    private ServiceProcess(String name, Process process, URI base) {
        this.name = name;
        this.process = process;
        this.base = base;
    }

    public static ServiceProcess start(
            String name, Path jar, String brokers, String mongoUri, Path log, List<String> settings)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: infra/bench/run.sh builds it");
        }
        int port = freePort();
        var command = new java.util.ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(SMALL_JVM);
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--management.server.port=" + freePort(),
                "--spring.mongodb.uri=" + mongoUri,
                "--spring.kafka.bootstrap-servers=" + brokers,
                "--spring.cloud.stream.kafka.binder.brokers=" + brokers,
                "--msh.security.issuer=" + TestTokens.ISSUER,
                "--msh.security.public-key-location=file:" + TestTokens.publicKeyPem(),
                "--msh.security.jwk-set-uri="));
        command.addAll(settings);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var service = new ServiceProcess(name, process, URI.create("http://127.0.0.1:" + port));
        service.awaitReady(Duration.ofSeconds(120), log);
        return service;
    }

    public URI base() {
        return base;
    }

    private void awaitReady(Duration within, Path log) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the " + name + " service exited; see " + log);
            }
            try {
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(base.resolve("/readyz")).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException("the " + name + " service was not ready within " + within + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
