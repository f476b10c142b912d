package de.msh.local;

import de.msh.store.sqlite.SqliteFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The store's backups: consistent copies taken while it runs (on a schedule and at every normal stop), kept in
 * {@code backups/} beside the file, the newest {@value #KEEP} of them. Names sort by time.
 */
final class Backups {

    static final int KEEP = 5;
    static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;

    Backups(Path storeFolder, Clock clock) {
        this.folder = storeFolder.resolve(FOLDER);
        this.clock = clock;
    }

    /** Takes one backup of the file and drops the oldest beyond the newest few; returns the new backup. */
    Path take(SqliteFile file) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve("store-" + STAMP.format(clock.instant()) + ".sqlite");
            Path partial = folder.resolve(target.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            file.backupTo(partial);
            // a backup cut off half-way keeps its .partial name and is never taken for a good one
            Files.move(partial, target);
            List<Path> all = all();
            for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
                Files.deleteIfExists(old);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot back up the document store into " + folder, e);
        }
    }

    /** The newest backup that passes SQLite's check, if any. */
    Optional<Path> newestGood() {
        return all().stream()
                .filter(b -> SqliteFile.OK.equals(SqliteFile.check(b)))
                .findFirst();
    }

    /** Every finished backup, newest first. */
    List<Path> all() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("store-.*\\.sqlite"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString())
                            .reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
