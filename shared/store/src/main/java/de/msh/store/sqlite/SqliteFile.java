package de.msh.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The SQLite file under the store: one table of documents, keyed by database, collection and the position the
 * document has in its collection. SQLite is here for its record of crash safety: the file is in WAL mode with
 * {@code synchronous=NORMAL}, so a committed transaction is in the write-ahead log before the commit returns and
 * survives the process being killed; only a power cut or a kernel crash may lose the last commits, never the file.
 *
 * <p>One connection, used under one lock. {@link #write} applies a command's changes in one transaction, skipping
 * any change older than one already written for the same document, so commands that end out of order still leave
 * each document as its last change made it.
 */
public final class SqliteFile implements AutoCloseable {

    // 400 MB of 4 KiB pages at most per call; the next call goes on
    private static final int MAX_PAGES_RECLAIMED = 100_000;

    private final Path path;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong orders = new AtomicLong();
    // per collection, the order of the last change written for each position
    private final Map<String, Map<Integer, Long>> written = new HashMap<>();
    private final PreparedStatement put;
    private final PreparedStatement remove;
    private volatile boolean failed;

    private SqliteFile(Path path, Connection connection) throws SQLException {
        this.path = path;
        this.connection = connection;
        this.put = connection.prepareStatement("INSERT INTO documents (db, coll, pos, doc) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (db, coll, pos) DO UPDATE SET doc = excluded.doc");
        this.remove = connection.prepareStatement("DELETE FROM documents WHERE db = ? AND coll = ? AND pos = ?");
    }

    /** Opens the file, creating it and its table if needed. */
    public static SqliteFile open(Path path) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                // takes effect only on a new file, which is the point: pages freed later can be handed back
                statement.execute("PRAGMA auto_vacuum = INCREMENTAL");
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = NORMAL");
                // the log is emptied at each checkpoint; this keeps the emptied file from staying large
                statement.execute("PRAGMA journal_size_limit = 16777216");
                statement.execute("CREATE TABLE IF NOT EXISTS documents (id INTEGER PRIMARY KEY, db TEXT NOT NULL,"
                        + " coll TEXT NOT NULL, pos INTEGER NOT NULL, doc BLOB NOT NULL)");
                statement.execute("CREATE UNIQUE INDEX IF NOT EXISTS documents_key ON documents (db, coll, pos)");
            }
            connection.setAutoCommit(false);
            connection.commit();
            return new SqliteFile(path, connection);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot open the document store file " + path, e);
        }
    }

    public Path path() {
        return path;
    }

    /** The next number for a change; taken while the changed collection is locked. */
    long nextOrder() {
        return orders.incrementAndGet();
    }

    /** The names of the databases that have documents. */
    List<String> databases() {
        return query(() -> {
            List<String> names = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT DISTINCT db FROM documents ORDER BY db")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        });
    }

    /** Hands every stored document of one collection, with its position, to the consumer, by position. */
    void load(String database, String collection, PositionedConsumer consumer) {
        query(() -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT pos, doc FROM documents WHERE db = ? AND coll = ? ORDER BY pos")) {
                select.setString(1, database);
                select.setString(2, collection);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        consumer.accept(rows.getInt(1), rows.getBytes(2));
                    }
                }
            }
            return null;
        });
    }

    /** Receives one stored document. */
    interface PositionedConsumer {
        void accept(int position, byte[] document);
    }

    /** Writes one command's changes in one transaction; returns when they are committed. */
    void write(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        lock.lock();
        try {
            ensureUsable();
            try {
                for (Change change : changes) {
                    apply(change);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                failed = true;
                rollbackQuietly();
                throw new IllegalStateException(
                        "The document store could not write to " + path + "; it stops taking commands. Restart it"
                                + " to continue from what the file holds.",
                        e);
            }
        } finally {
            lock.unlock();
        }
    }

    private void apply(Change change) throws SQLException {
        if (change instanceof Change.Put p) {
            if (newest(p.database(), p.collection(), p.position(), p.order())) {
                put.setString(1, p.database());
                put.setString(2, p.collection());
                put.setInt(3, p.position());
                put.setBytes(4, p.document());
                put.executeUpdate();
            }
        } else if (change instanceof Change.Remove r) {
            if (newest(r.database(), r.collection(), r.position(), r.order())) {
                remove.setString(1, r.database());
                remove.setString(2, r.collection());
                remove.setInt(3, r.position());
                remove.executeUpdate();
            }
        } else if (change instanceof Change.Clear c) {
            clear(c.database(), c.collection());
        } else if (change instanceof Change.Rename r) {
            rename(r);
        }
    }

    private void clear(String database, @Nullable String collection) throws SQLException {
        String sql = collection == null
                ? "DELETE FROM documents WHERE db = ?"
                : "DELETE FROM documents WHERE db = ? AND coll = ?";
        try (PreparedStatement clear = connection.prepareStatement(sql)) {
            clear.setString(1, database);
            if (collection != null) {
                clear.setString(2, collection);
                written.remove(key(database, collection));
            } else {
                written.keySet().removeIf(k -> k.startsWith(database + "\u0000"));
            }
            clear.executeUpdate();
        }
    }

    private void rename(Change.Rename r) throws SQLException {
        try (PreparedStatement rename =
                connection.prepareStatement("UPDATE documents SET db = ?, coll = ? WHERE db = ? AND coll = ?")) {
            rename.setString(1, r.newDatabase());
            rename.setString(2, r.newCollection());
            rename.setString(3, r.database());
            rename.setString(4, r.collection());
            rename.executeUpdate();
        }
        Map<Integer, Long> moved = written.remove(key(r.database(), r.collection()));
        if (moved != null) {
            written.put(key(r.newDatabase(), r.newCollection()), moved);
        }
    }

    /** True if no later change of this document was written already; then this one is remembered as the last. */
    private boolean newest(String database, String collection, int position, long order) {
        Map<Integer, Long> positions = written.computeIfAbsent(key(database, collection), k -> new HashMap<>());
        Long last = positions.get(position);
        if (last != null && last > order) {
            return false;
        }
        positions.put(position, order);
        return true;
    }

    private static String key(String database, String collection) {
        return database + "\u0000" + collection;
    }

    /**
     * A consistent copy of the file as of now, written to {@code target} while writes go on: read through a
     * connection of its own, compacted, and checked before it counts.
     */
    public void backupTo(Path target) {
        try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath());
                PreparedStatement vacuum = reader.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, target.toAbsolutePath().toString());
            vacuum.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot back up " + path + " to " + target, e);
        }
        String check = check(target);
        if (!OK.equals(check)) {
            throw new IllegalStateException("The backup " + target + " failed its check: " + check);
        }
    }

    /** Hands the pages that deletions freed back to the file system, a few at a time. */
    public void reclaim() {
        lock.lock();
        try {
            ensureUsable();
            // The pragma frees one page per step, and the driver steps a statement once; so it runs until the
            // free list is empty (or a bound), each time in a statement closed before the commit, since SQLite
            // commits nothing while a statement is still stepping.
            for (int round = 0; round < MAX_PAGES_RECLAIMED && freePages() > 0; round++) {
                try (Statement vacuum = connection.createStatement()) {
                    vacuum.execute("PRAGMA incremental_vacuum(1)");
                }
            }
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                truncateLog(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reclaim space in " + path, e);
        } finally {
            lock.unlock();
        }
    }

    private long freePages() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("PRAGMA freelist_count")) {
            return count.next() ? count.getLong(1) : 0;
        }
    }

    /** Moves what the write-ahead log holds into the file and empties the log. */
    public void checkpoint() {
        lock.lock();
        try (Statement statement = connection.createStatement()) {
            ensureUsable();
            truncateLog(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot checkpoint " + path, e);
        } finally {
            lock.unlock();
        }
    }

    // a checkpoint runs outside any transaction, or it cannot move the frames after that transaction's start
    private void truncateLog(Statement statement) throws SQLException {
        connection.setAutoCommit(true);
        try {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } finally {
            connection.setAutoCommit(false);
        }
    }

    /** What {@link #check} answers for a sound file. */
    public static final String OK = "ok";

    /**
     * SQLite's own structural check of a file ({@code PRAGMA quick_check}) without opening it as a store: {@link #OK},
     * or what is wrong.
     */
    public static String check(Path file) {
        if (!Files.isRegularFile(file)) {
            return "no such file: " + file;
        }
        // opened as the store opens it, so a write-ahead log left by a kill is taken in first, as it would be
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
            List<String> problems = new ArrayList<>();
            while (rows.next()) {
                problems.add(rows.getString(1));
            }
            return problems.equals(List.of(OK)) ? OK : String.join("; ", problems);
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    /** The bytes the store takes on disk: the file and its write-ahead log. */
    public long size() {
        long size = 0;
        for (Path file : List.of(path, Path.of(path + "-wal"))) {
            try {
                size += Files.exists(file) ? Files.size(file) : 0;
            } catch (java.io.IOException e) {
                // a log checkpointed away meanwhile counts as empty
            }
        }
        return size;
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private <T> T query(SqlWork<T> work) {
        lock.lock();
        try {
            ensureUsable();
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("The document store could not read " + path, e);
        } finally {
            lock.unlock();
        }
    }

    private void ensureUsable() {
        if (failed) {
            throw new IllegalStateException(
                    "The document store stopped after a failed write to " + path + "; restart it");
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the file keeps its last committed state either way
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            put.close();
            remove.close();
            if (!connection.isClosed()) {
                connection.commit();
                connection.close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot close the document store file " + path, e);
        } finally {
            lock.unlock();
        }
    }
}
