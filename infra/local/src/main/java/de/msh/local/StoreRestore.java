package de.msh.local;

import de.msh.store.sqlite.SqliteFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Puts a backup in place of the store's file, with the store stopped. The file it replaces (with its write-ahead
 * log) is moved into {@code damaged-<time>/} beside it, never deleted.
 *
 * <p>Usage: {@code StoreRestore <folder> [backup]}; without a backup, the newest good one.
 */
public final class StoreRestore {

    private StoreRestore() {}

    static Path restore(Path folder, Path backup) throws IOException {
        if (!SqliteFile.OK.equals(SqliteFile.check(backup))) {
            throw new IllegalStateException("The backup " + backup + " fails SQLite's check; choose another");
        }
        Path aside = folder.resolve("damaged-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                        .withZone(ZoneOffset.UTC)
                        .format(Clock.systemUTC().instant()));
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path file = folder.resolve(DocumentStore.FILE + suffix);
            if (Files.exists(file)) {
                Files.createDirectories(aside);
                Files.move(file, aside.resolve(file.getFileName()));
            }
        }
        Files.copy(backup, folder.resolve(DocumentStore.FILE), StandardCopyOption.COPY_ATTRIBUTES);
        return aside;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: StoreRestore <folder> [backup]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        Path backup = args.length > 1
                ? Path.of(args[1])
                : new Backups(folder, Clock.systemUTC())
                        .newestGood()
                        .orElseThrow(() -> new IllegalStateException(
                                "Keine gute Sicherung / no good backup in " + folder.resolve(Backups.FOLDER)));
        Path aside = restore(folder, backup);
        System.out.println("Wiederhergestellt / restored " + backup + " as " + folder.resolve(DocumentStore.FILE)
                + "; the file it replaced is in " + aside);
    }
}
