package de.msh.store.sqlite;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.oplog.Oplog;
import de.msh.store.SortedIndex;
import java.util.List;

/**
 * A database of {@link SqliteCollection}s. Indexes, unique and {@linkplain SortedIndex secondary}, live in memory
 * and are built from the documents when a collection is opened, so an index can never disagree with the file.
 */
final class SqliteDatabase extends AbstractSynchronizedMongoDatabase<Integer> {

    private final SqliteFile file;
    private final Journal journal;

    SqliteDatabase(String name, CursorRegistry cursors, SqliteFile file, Journal journal) {
        super(name, cursors);
        this.file = file;
        this.journal = journal;
        initializeNamespacesAndIndexes();
    }

    @Override
    protected MongoCollection<Integer> openOrCreateCollection(String name, CollectionOptions options) {
        return new SqliteCollection(this, name, options, cursorRegistry, journal, file);
    }

    @Override
    protected Index<Integer> openOrCreateUniqueIndex(
            String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return new MemoryUniqueIndex(indexName, keys, sparse);
    }

    @Override
    protected Index<Integer> openOrCreateSecondaryIndex(
            String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return new SortedIndex<>(indexName, keys, sparse);
    }

    @Override
    public void drop(Oplog oplog) {
        super.drop(oplog);
        journal.record(new Change.Clear(journal.nextOrder(), getDatabaseName(), null));
    }

    @Override
    protected long getStorageSize() {
        return file.size();
    }

    @Override
    protected long getFileSize() {
        return file.size();
    }
}
