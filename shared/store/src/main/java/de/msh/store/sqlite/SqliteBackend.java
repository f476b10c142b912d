package de.msh.store.sqlite;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server on a SQLite file: the documents are served from memory and every command's changes are
 * committed to the file in one transaction before the command is answered, so what a client was told is written
 * survives a kill of the process.
 *
 * <p>Commands run side by side. Those that drop or rename whole collections or databases run alone, after every
 * other command has ended, so no command still holds changes for a collection that is going away.
 */
public final class SqliteBackend extends AbstractMongoBackend implements Journal {

    private static final Logger log = LoggerFactory.getLogger(SqliteBackend.class);
    private static final Set<String> RUN_ALONE = Set.of("drop", "dropdatabase", "renamecollection");

    private final SqliteFile file;
    private final ThreadLocal<@Nullable List<Change>> changes = new ThreadLocal<>();
    private final ReentrantReadWriteLock commands = new ReentrantReadWriteLock();

    public SqliteBackend(SqliteFile file) {
        this.file = file;
        for (String database : file.databases()) {
            log.info("opening database '{}' from {}", database, file.path());
            resolveDatabase(database);
        }
    }

    /** Opens (or creates) the store file at this path. */
    public static SqliteBackend open(Path path) {
        return new SqliteBackend(SqliteFile.open(path));
    }

    public SqliteFile file() {
        return file;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String name) {
        return new SqliteDatabase(name, getCursorRegistry(), file, this);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Lock lock = RUN_ALONE.contains(command.toLowerCase(Locale.ROOT)) ? commands.writeLock() : commands.readLock();
        lock.lock();
        List<Change> recorded = new ArrayList<>();
        changes.set(recorded);
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            changes.remove();
            try {
                // also after a failed command: what it changed before failing stays changed, as in MongoDB
                file.write(recorded);
            } catch (IllegalStateException e) {
                throw new MongoServerException(e.getMessage());
            } finally {
                lock.unlock();
            }
        }
    }

    @Override
    public long nextOrder() {
        return file.nextOrder();
    }

    @Override
    public void record(Change change) {
        List<Change> open = changes.get();
        if (open != null) {
            open.add(change);
        } else {
            // a change outside any command (opening a database): written at once
            file.write(List.of(change));
        }
    }

    @Override
    public void close() {
        super.close();
        file.close();
    }

    @Override
    public String toString() {
        return "SqliteBackend[" + file.path() + "]";
    }
}
