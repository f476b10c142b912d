package de.msh.local;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.msh.store.IndexedH2Backend;
import de.msh.store.sqlite.SqliteBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.h2.mvstore.MVStore;

/**
 * Copies a data folder's old H2 store into the SQLite store, through the wire protocol on both sides: every
 * database, collection, index and document, then compares the counts. The old file is opened read-only and left
 * as it is, so nothing is lost if the copy fails; the new file is written only if it does not exist yet.
 *
 * <p>Usage: {@code StoreMigration <folder>}; the folder is the one the document store is started with.
 */
public final class StoreMigration {

    private static final Set<String> SYSTEM_DATABASES = Set.of("admin", "local", "config");
    private static final int BATCH = 500;

    private StoreMigration() {}

    /** What one migration copied. */
    record Copied(int databases, int collections, long documents) {}

    static Copied migrate(Path folder) {
        Path old = folder.resolve(DocumentStore.OLD_H2_FILE);
        Path target = folder.resolve(DocumentStore.FILE);
        if (!Files.exists(old)) {
            throw new IllegalStateException("No old store to migrate: " + old + " does not exist");
        }
        if (Files.exists(target)) {
            throw new IllegalStateException(target + " exists already; move it away to migrate again");
        }
        MVStore h2 = new MVStore.Builder().fileName(old.toString()).readOnly().open();
        MongoServer from = new MongoServer(new IndexedH2Backend(h2));
        MongoServer to = new MongoServer(SqliteBackend.open(target));
        try (MongoClient source = MongoClients.create(uri(from.bind()));
                MongoClient destination = MongoClients.create(uri(to.bind()))) {
            int databases = 0;
            int collections = 0;
            long documents = 0;
            for (String name : source.listDatabaseNames()) {
                if (SYSTEM_DATABASES.contains(name)) {
                    continue;
                }
                databases++;
                MongoDatabase in = source.getDatabase(name);
                MongoDatabase out = destination.getDatabase(name);
                for (String collection : in.listCollectionNames()) {
                    collections++;
                    documents += copy(in.getCollection(collection), out.getCollection(collection));
                }
            }
            return new Copied(databases, collections, documents);
        } finally {
            to.shutdown();
            from.shutdown();
        }
    }

    private static long copy(MongoCollection<Document> in, MongoCollection<Document> out) {
        for (Document index : in.listIndexes()) {
            if ("_id_".equals(index.getString("name"))) {
                continue;
            }
            out.createIndex(
                    index.get("key", Document.class),
                    new IndexOptions()
                            .name(index.getString("name"))
                            .unique(index.getBoolean("unique", false))
                            .sparse(index.getBoolean("sparse", false)));
        }
        long copied = 0;
        List<Document> batch = new ArrayList<>(BATCH);
        for (Document document : in.find()) {
            batch.add(document);
            if (batch.size() == BATCH) {
                out.insertMany(batch);
                copied += batch.size();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            out.insertMany(batch);
            copied += batch.size();
        }
        long expected = in.countDocuments();
        if (out.countDocuments() != expected || copied != expected) {
            throw new IllegalStateException("Copied " + copied + " of " + expected + " documents of "
                    + in.getNamespace() + "; the new store is incomplete, delete it and try again");
        }
        return copied;
    }

    private static String uri(java.net.InetSocketAddress address) {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: StoreMigration <folder>");
            System.exit(2);
        }
        Copied copied = migrate(Path.of(args[0]));
        System.out.printf(
                "Übernommen / migrated: %d databases, %d collections, %d documents into %s%n",
                copied.databases(), copied.collections(), copied.documents(), Path.of(args[0], DocumentStore.FILE));
    }
}
