package de.msh.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/** The size of a folder's files, for the report. */
final class Sizes {

    private Sizes() {}

    static String of(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            long bytes =
                    files.filter(Files::isRegularFile).mapToLong(Sizes::size).sum();
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
