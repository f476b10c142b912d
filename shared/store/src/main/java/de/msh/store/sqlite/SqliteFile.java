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
