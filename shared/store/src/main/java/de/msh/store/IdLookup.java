package de.msh.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractMongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Lets a query that names its {@code _id} among other conditions use the {@code _id} index. mongo-java-server uses
 * an index only for a query whose fields are exactly the index's, so {@code {_id: x, appliedSequence: {$lt: 5}}}
 * (every sequence-guarded write) and {@code {_id: {$in: [...]}, outbox.0: {$exists: true}}} (the relay's claim)
 * scanned the whole collection: a guarded write cost time in proportion to the read model's size. This index
 * stores nothing: it finds the candidates by {@code _id} through the real index, and the collection then applies
 * the whole query to them, exactly as before.
 */
public final class IdLookup<P> extends Index<P> {

    private static final String ID = "_id";

    private final AbstractMongoCollection<P> collection;

    public IdLookup(AbstractMongoCollection<P> collection) {
        // sparse: it holds no positions, so the collection must not expect one from it when a document is removed
        super("_id_lookup", List.of(new IndexKey(ID, true)), true);
        this.collection = collection;
    }

    @Override
    public boolean canHandle(Document query) {
        if (query.size() < 2 || !query.containsKey(ID) || idIndex() == null) {
            return false;
        }
        return ids(query.get(ID)) != null;
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        Index<P> index = idIndex();
        Collection<?> ids = ids(query.get(ID));
        List<P> positions = new ArrayList<>();
        if (index == null || ids == null) {
            return positions;
        }
        for (Object id : ids) {
            P position = index.getPosition(new Document(ID, id));
            if (position != null) {
                positions.add(position);
            }
        }
        return positions;
    }

    /** The ids a condition on {@code _id} names: one plain value or an {@code $in} list; null for anything else. */
    private static @Nullable Collection<?> ids(@Nullable Object condition) {
        if (condition instanceof Document document
                && document.size() == 1
                && document.get("$in") instanceof Collection<?> values) {
            return values.stream().allMatch(IdLookup::isPlainValue) ? values : null;
        }
        return isPlainValue(condition) ? List.of(condition) : null;
    }

    /** A value an equality lookup finds: not null, not an operator, not a pattern. */
    private static boolean isPlainValue(@Nullable Object value) {
        if (value == null || value instanceof Pattern || BsonRegularExpression.isRegularExpression(value)) {
            return false;
        }
        return !(value instanceof Document document
                && document.keySet().stream().anyMatch(k -> k.startsWith("$")));
    }

    private @Nullable Index<P> idIndex() {
        for (Index<P> index : collection.getIndexes()) {
            if (index != this
                    && index.isUnique()
                    && index.getKeys().size() == 1
                    && ID.equals(index.getKeys().get(0).getKey())) {
                return index;
            }
        }
        return null;
    }

    @Override
    public @Nullable P getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {}

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {}

    @Override
    public @Nullable P remove(Document document) {
        return null;
    }

    @Override
    public long getCount() {
        return 0;
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {}

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {}

    @Override
    public void drop() {}
}
