package de.msh.store.sqlite;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.msh.store.IdLookup;
import de.msh.store.SortedIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A collection held in memory, as the library's memory backend holds it, and written through to the SQLite file:
 * every document added, changed or removed is recorded as a change of its position, which the backend writes when
 * the command ends. Opening the collection reads its documents back to the positions they had, so its indexes are
 * rebuilt from exactly what the file holds.
 */
final class SqliteCollection extends AbstractSynchronizedMongoCollection<Integer> {

    // up to this many candidates (or a tenth of the collection) are read and sorted rather than walking an index
    private static final int FEW = 100;

    private final Journal journal;
    private final List<@Nullable Document> documents = new ArrayList<>();
    private final List<Integer> sizes = new ArrayList<>();
    // positions whose document was removed, reused first
    private final BitSet empty = new BitSet();
    private long dataSize;

    SqliteCollection(
            MongoDatabase database,
            String name,
            CollectionOptions options,
            CursorRegistry cursors,
            Journal journal,
            SqliteFile file) {
        super(database, name, options, cursors);
        this.journal = journal;
        file.load(database.getDatabaseName(), name, (position, bytes) -> {
            while (documents.size() < position) {
                empty.set(documents.size());
                documents.add(null);
                sizes.add(0);
            }
            documents.add(Bson.decode(bytes));
            sizes.add(bytes.length);
            dataSize += bytes.length;
        });
        addIndex(new IdLookup<>(this));
    }

    @Override
    protected Integer addDocumentInternal(Document document) {
        int position = empty.nextSetBit(0);
        if (position < 0) {
            position = documents.size();
            documents.add(document);
            sizes.add(0);
        } else {
            empty.clear(position);
            documents.set(position, document);
        }
        put(position, document);
        return position;
    }

    @Override
    protected void removeDocument(Integer position) {
        documents.set(position, null);
        empty.set(position);
        dataSize -= sizes.set(position, 0);
        journal.record(new Change.Remove(journal.nextOrder(), getDatabaseName(), getCollectionName(), position));
    }

    @Override
    protected void handleUpdate(Integer position, Document oldDocument, Document newDocument) {
        put(position, newDocument);
    }

    private void put(int position, Document document) {
        byte[] bytes = Bson.encode(document);
        dataSize += bytes.length - sizes.set(position, bytes.length);
        journal.record(new Change.Put(journal.nextOrder(), getDatabaseName(), getCollectionName(), position, bytes));
    }

    // the size comes from the bytes written anyway; the library would encode every document twice more per update
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected void updateDataSize(int sizeDelta) {}

    @Override
    protected int getDataSize() {
        return (int) Math.min(Integer.MAX_VALUE, dataSize);
    }

    @Override
    protected @Nullable Document getDocument(Integer position) {
        return documents.get(position);
    }

    @Override
    public synchronized int count() {
        return documents.size() - empty.cardinality();
    }

    @Override
    public synchronized boolean isEmpty() {
        return count() == 0;
    }

    @Override
    protected @Nullable Integer findDocumentPosition(Document document) {
        int position = documents.indexOf(document);
        return position < 0 ? null : position;
    }

    @Override
    protected Stream<DocumentWithPosition<Integer>> streamAllDocumentsWithPosition() {
        return IntStream.range(0, documents.size())
                .filter(position -> !empty.get(position))
                .mapToObj(position -> new DocumentWithPosition<>(documents.get(position), position));
    }

    @Override
    protected QueryResult matchDocuments(
            Document query, Document orderBy, int skip, int limit, int batchSize, Document fieldSelector) {
        Stream<Document> present = streamAllDocumentsWithPosition().map(DocumentWithPosition::getDocument);
        if (isNaturalDescending(orderBy)) {
            List<Document> reversed = new ArrayList<>(present.toList());
            Collections.reverse(reversed);
            present = reversed.stream();
        }
        return matchDocumentsFromStream(present, query, orderBy, skip, limit, batchSize, fieldSelector);
    }

    /**
     * Picks how a query reads: the candidates an index hands over when they are few, else, for a sorted query, a
     * walk of an index in the sort's order that stops at the limit (a broad filter fills a page early), else what
     * the library does. The query itself is applied to each document as always.
     */
    @Override
    protected QueryResult queryDocuments(
            Document query, Document orderBy, int skip, int limit, int batchSize, Document fieldSelector) {
        List<Index<Integer>> indexes = getIndexes();
        Index<Integer> narrowing = indexes.stream()
                .filter(index -> index.canHandle(query))
                .findFirst()
                .orElse(null);
        if (narrowing != null && !(narrowing instanceof SortedIndex<Integer>)) {
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        }
        SortedIndex<Integer> candidates = (SortedIndex<Integer>) narrowing;
        if (candidates != null && candidates.candidateCount(query) <= Math.max(FEW, count() / 10)) {
            return matchDocuments(
                    query, candidates.getPositions(query), orderBy, skip, limit, batchSize, fieldSelector);
        }
        for (Index<Integer> index : indexes) {
            if (index instanceof SortedIndex<Integer> sorted) {
                var backwards = sorted.serves(orderBy);
                if (backwards.isPresent()) {
                    Stream<Document> inOrder = sorted.inOrder(backwards.get()).map(this::getDocument);
                    return matchDocumentsFromStream(query, inOrder, skip, limit, batchSize, null, fieldSelector);
                }
            }
        }
        // the library reads the candidates of the first index that narrows, if any
        return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
    }

    /** A count whose whole query is one equality an index answers exactly is the number of its candidates. */
    @Override
    public synchronized int count(Document query, int skip, int limit) {
        if (query != null && query.size() == 1 && skip == 0 && limit <= 0) {
            for (Index<Integer> index : getIndexes()) {
                if (index instanceof SortedIndex<Integer> sorted && sorted.answersExactly(query)) {
                    return sorted.exactCount(query);
                }
            }
        }
        return super.count(query, skip, limit);
    }

    @Override
    public void drop() {
        // the _id lookup is no index the database knows of; the library expects none left when it drops
        for (Index<Integer> index : List.copyOf(getIndexes())) {
            if (index instanceof IdLookup<?>) {
                dropIndex(index.getName());
            }
        }
        super.drop();
        journal.record(new Change.Clear(journal.nextOrder(), getDatabaseName(), getCollectionName()));
    }

    @Override
    public void renameTo(MongoDatabase newDatabase, String newCollectionName) {
        String oldDatabase = getDatabaseName();
        String oldName = getCollectionName();
        super.renameTo(newDatabase, newCollectionName);
        journal.record(new Change.Rename(
                journal.nextOrder(), oldDatabase, oldName, newDatabase.getDatabaseName(), newCollectionName));
    }
}
