package de.msh.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The README's start command, run once per test JVM on the jars this build made, with a data folder of its own (so
 * the demo data is fresh) and stopped when the JVM's tests are done. Ports are the fixed ones of the local stack, so
 * a stack already running on this machine makes the tests fail with start.sh's message.
 */
final class LocalStack implements BeforeAllCallback {

    static final String PORTAL = "http://localhost:8080";
    private static final Duration READY_WITHIN = Duration.ofSeconds(240);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> start());
    }

    private static Running start() {
        try {
            Path root = Path.of(System.getProperty("msh.root", "../..")).toRealPath();
            Path data = Path.of(System.getProperty("msh.e2e.data", "target/e2e-data"))
                    .toAbsolutePath();
            deleteRecursively(data);
            Files.createDirectories(data);
            Path output = data.resolve("start-output.log");
            ProcessBuilder builder = new ProcessBuilder("bash", "infra/local/start.sh")
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("MSH_DATA", data.toString());
            builder.environment().put("MSH_SKIP_BUILD", "1");
            Process stack = builder.start();
            Running running = new Running(stack, output);
            running.awaitReady();
            return running;
        } catch (IOException e) {
            throw new IllegalStateException("could not start the local stack", e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    /** The running stack; closing it stops it as Ctrl-C would (start.sh traps TERM and stops every process). */
    record Running(Process stack, Path output) implements ExtensionContext.Store.CloseableResource {

        void awaitReady() throws IOException {
            Instant deadline = Instant.now().plus(READY_WITHIN);
            while (Instant.now().isBefore(deadline)) {
                Optional<String> banner = Files.readAllLines(output).stream()
                        .filter(line -> line.contains("ready in"))
                        .findFirst();
                if (banner.isPresent()) {
                    System.out.println("[e2e] " + banner.get().strip());
                    return;
                }
                if (!stack.isAlive()) {
                    throw new IllegalStateException("start.sh exited:\n" + Files.readString(output));
                }
                sleep(Duration.ofMillis(500));
            }
            close();
            throw new IllegalStateException("the local stack was not ready within " + READY_WITHIN);
        }

        @Override
        public void close() {
            stack.destroy();
            try {
                if (!stack.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
                    stack.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void sleep(Duration duration) {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
