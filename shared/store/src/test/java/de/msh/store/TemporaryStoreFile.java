package de.msh.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A SQLite store file in a fresh temporary folder, for tests that build a backend in a supplier. */
final class TemporaryStoreFile {

    private TemporaryStoreFile() {}

    static Path create() {
        try {
            Path folder = Files.createTempDirectory("msh-store-test");
            folder.toFile().deleteOnExit();
            return folder.resolve("store.sqlite");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
