package de.msh.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A non-unique index, single or compound, kept in memory in key order; the library accepts such indexes but never
 * builds them. It serves two things: the candidates of a query that names its first key with a value, an
 * {@code $in} or {@code $all} list or a range, and the documents in key order for a query sorted by a prefix of its keys. Either
 * way the collection then applies the whole query to what it hands over, exactly as without it, so an index only
 * ever narrows what is looked at.
 */
public final class SortedIndex<P> extends Index<P> {

    private static final Set<String> RANGE = Set.of("$gt", "$gte", "$lt", "$lte");
    private static final Object FIRST = new Object();
    private static final Object LAST = new Object();

    private final NavigableMap<KeyValue, Bucket<P>> entries;
    private final Map<Object, P> positionsById = new HashMap<>();
    private boolean multikey;

    public SortedIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.entries = new TreeMap<>(order(keys));
    }

    private static Comparator<KeyValue> order(List<IndexKey> keys) {
        List<Comparator<Object>> perKey = new ArrayList<>();
        for (IndexKey key : keys) {
            perKey.add(key.isAscending() ? ValueComparator.asc() : ValueComparator.desc());
        }
        return (a, b) -> {
            for (int i = 0; i < perKey.size(); i++) {
                int c = compare(perKey.get(i), a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    // FIRST and LAST bound a range over the first key whatever the later keys hold
    private static int compare(Comparator<Object> values, Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == FIRST || b == LAST) {
            return -1;
        }
        if (a == LAST || b == FIRST) {
            return 1;
        }
        return values.compare(a, b);
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        file(idOf(document), keysOf(document), position);
    }

    private void file(Object id, Set<KeyValue> keys, P position) {
        if (isSparse() && keys.stream().allMatch(SortedIndex::allMissing)) {
            return;
        }
        multikey |= keys.size() > 1 || keys.stream().anyMatch(k -> k.stream().anyMatch(Collection.class::isInstance));
        for (KeyValue key : keys) {
            entries.computeIfAbsent(key, k -> new Bucket<>()).add(position);
        }
        positionsById.put(id, position);
    }

    @Override
    public synchronized @Nullable P remove(Document document) {
        P position = positionsById.remove(idOf(document));
        if (position != null) {
            forget(position, keysOf(document));
        }
        return position;
    }

    /**
     * The keys a document was filed under are computed again from the old document rather than kept per position:
     * kept, they were the larger part of the store's heap. Most updates (an outbox entry sent, a version bumped)
     * leave an index's keys as they were, and then the index is left alone.
     */
    @Override
    public synchronized void updateInPlace(
            Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
        Object oldId = idOf(oldDocument);
        Object newId = idOf(newDocument);
        Set<KeyValue> newKeys = keysOf(newDocument);
        if (positionsById.containsKey(oldId)) {
            Set<KeyValue> oldKeys = keysOf(oldDocument);
            if (oldKeys.equals(newKeys) && oldId.equals(newId)) {
                return;
            }
            positionsById.remove(oldId);
            forget(position, oldKeys);
        }
        file(newId, newKeys, position);
    }

    private Set<KeyValue> keysOf(Document document) {
        Set<KeyValue> keys = getKeyValues(document);
        // an empty array on the path gives no key at all; the document must still be found when walking in order
        return keys.isEmpty() ? Set.of(bound(Missing.getInstance(), Missing.getInstance())) : keys;
    }

    private void forget(P position, Set<KeyValue> keys) {
        for (KeyValue key : keys) {
            Bucket<P> positions = entries.get(key);
            if (positions != null && positions.remove(position)) {
                entries.remove(key);
            }
        }
    }

    /**
     * The positions under one key. Most keys hold a single document (every key of an index ending in {@code _id}),
     * so one is kept without a set: a set per key cost about 190 bytes.
     */
    private static final class Bucket<P> {

        private @Nullable P one;
        private @Nullable Set<P> many;

        void add(P position) {
            if (many != null) {
                many.add(position);
            } else if (one == null || one.equals(position)) {
                one = position;
            } else {
                many = new LinkedHashSet<>();
                many.add(one);
                many.add(position);
                one = null;
            }
        }

        /** Removes the position; true if the bucket is empty now. */
        boolean remove(P position) {
            if (many != null) {
                many.remove(position);
                if (many.size() == 1) {
                    one = many.iterator().next();
                    many = null;
                }
            } else if (position.equals(one)) {
                one = null;
            }
            return one == null && many == null;
        }

        int size() {
            return many != null ? many.size() : one == null ? 0 : 1;
        }

        Stream<P> stream() {
            return many != null ? many.stream() : one == null ? Stream.empty() : Stream.of(one);
        }
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return ranges(query).isPresent();
    }

    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        Set<P> positions = new LinkedHashSet<>();
        for (Bounds bounds : ranges(query).orElse(List.of())) {
            slice(bounds).values().forEach(bucket -> bucket.stream().forEach(positions::add));
        }
        return positions;
    }

    /**
     * Whether this index's candidates for the query are exactly its matches: a query of one equality (or {@code $in}
     * of values) on a single-key index. Ranges are not, since their ends are inclusive and cross types.
     */
    public synchronized boolean answersExactly(Document query) {
        if (getKeys().size() != 1 || query.size() != 1 || isSparse()) {
            return false;
        }
        Object condition = query.get(getKeys().get(0).getKey());
        if (condition == null) {
            return false;
        }
        if (isPlain(condition)) {
            return true;
        }
        return condition instanceof Document operators
                && operators.size() == 1
                && (operators.get("$in") instanceof Collection<?> values
                                && values.stream().allMatch(SortedIndex::isPlain)
                        || operators.containsKey("$eq") && isPlain(operators.get("$eq")));
    }

    /** Whether the documents in this index's order serve this sort, and if so whether walked backwards. */
    public synchronized Optional<Boolean> serves(@Nullable Document orderBy) {
        if (orderBy == null
                || orderBy.isEmpty()
                || isSparse()
                || multikey
                || orderBy.size() > getKeys().size()) {
            return Optional.empty();
        }
        int same = 0;
        int i = 0;
        for (var entry : orderBy.entrySet()) {
            IndexKey key = getKeys().get(i++);
            if (!key.getKey().equals(entry.getKey()) || !(entry.getValue() instanceof Number direction)) {
                return Optional.empty();
            }
            same += (direction.doubleValue() > 0) == key.isAscending() ? 1 : 0;
        }
        if (same == orderBy.size()) {
            return Optional.of(false);
        }
        return same == 0 ? Optional.of(true) : Optional.empty();
    }

    /**
     * Every indexed position in key order; once each, since only an index without arrays serves a sort. Read
     * lazily: the caller consumes it under its collection's lock, under which every change of the index happens.
     */
    public Stream<P> inOrder(boolean backwards) {
        return (backwards ? entries.descendingMap() : entries).values().stream().flatMap(Bucket::stream);
    }

    /**
     * How many candidates a query has, without gathering them: exact for one value, an upper bound otherwise (a
     * document with an array can sit under two values of an {@code $in}).
     */
    public synchronized int candidateCount(Document query) {
        int count = 0;
        for (Bounds bounds : ranges(query).orElse(List.of())) {
            for (Bucket<P> positions : slice(bounds).values()) {
                count += positions.size();
            }
        }
        return count;
    }

    /** The number of matches of a query this index {@linkplain #answersExactly answers exactly}. */
    public synchronized int exactCount(Document query) {
        List<Bounds> ranges = ranges(query).orElse(List.of());
        if (ranges.size() == 1) {
            return candidateCount(query);
        }
        Set<P> positions = new java.util.HashSet<>();
        getPositions(query).forEach(positions::add);
        return positions.size();
    }

    /** An inclusive range over the first key; a null end is open. */
    private record Bounds(@Nullable Object low, @Nullable Object high) {}

    private NavigableMap<KeyValue, Bucket<P>> slice(Bounds bounds) {
        boolean ascending = getKeys().get(0).isAscending();
        Object from = ascending ? bounds.low() : bounds.high();
        Object to = ascending ? bounds.high() : bounds.low();
        NavigableMap<KeyValue, Bucket<P>> slice = entries;
        if (from != null) {
            slice = slice.tailMap(bound(from, FIRST), true);
        }
        if (to != null) {
            slice = slice.headMap(bound(to, LAST), true);
        }
        return slice;
    }

    private KeyValue bound(Object first, Object rest) {
        List<Object> values = new ArrayList<>();
        values.add(first);
        for (int i = 1; i < getKeys().size(); i++) {
            values.add(rest);
        }
        return new KeyValue(values);
    }

    /** The ranges of the first key a query's condition on it allows, or empty if it is no condition served here. */
    private Optional<List<Bounds>> ranges(Document query) {
        String first = getKeys().get(0).getKey();
        if (!query.containsKey(first)) {
            return Optional.empty();
        }
        Object condition = query.get(first);
        if (isPlain(condition)) {
            return Optional.of(List.of(new Bounds(condition, condition)));
        }
        if (!(condition instanceof Document operators) || operators.isEmpty()) {
            return Optional.empty();
        }
        if (operators.size() == 1 && operators.get("$in") instanceof Collection<?> values) {
            if (!values.stream().allMatch(SortedIndex::isPlain)) {
                return Optional.empty();
            }
            return Optional.of(values.stream().map(v -> new Bounds(v, v)).toList());
        }
        if (operators.size() == 1 && operators.containsKey("$eq") && isPlain(operators.get("$eq"))) {
            return Optional.of(List.of(new Bounds(operators.get("$eq"), operators.get("$eq"))));
        }
        if (operators.size() == 1 && operators.get("$all") instanceof Collection<?> values) {
            return rarest(values).map(v -> List.of(new Bounds(v, v)));
        }
        if (!RANGE.containsAll(operators.keySet())
                || !operators.values().stream().allMatch(SortedIndex::isPlain)) {
            return Optional.empty();
        }
        // inclusive ends even for $gt and $lt: the collection applies the exact condition to what is handed over
        Object low = operators.containsKey("$gte") ? operators.get("$gte") : operators.get("$gt");
        Object high = operators.containsKey("$lte") ? operators.get("$lte") : operators.get("$lt");
        return Optional.of(List.of(new Bounds(low, high)));
    }

    /**
     * Of the values an {@code $all} requires, the one fewest documents hold: every match holds it, so its documents
     * are candidates enough (MongoDB reads the first value's instead). Empty for an empty list, which matches nothing
     * in MongoDB, or a value that is no plain one.
     */
    private Optional<Object> rarest(Collection<?> values) {
        if (values.isEmpty() || !values.stream().allMatch(SortedIndex::isPlain)) {
            return Optional.empty();
        }
        Object rarest = null;
        int fewest = Integer.MAX_VALUE;
        for (Object value : values) {
            int count = 0;
            for (Bucket<P> positions : slice(new Bounds(value, value)).values()) {
                count += positions.size();
            }
            if (count < fewest) {
                fewest = count;
                rarest = value;
            }
        }
        return Optional.ofNullable(rarest);
    }

    /** A value an equality finds in the index: no null (which also matches a missing field), operator or array. */
    private static boolean isPlain(@Nullable Object value) {
        if (value == null
                || value instanceof Missing
                || value instanceof Collection
                || value instanceof Pattern
                || BsonRegularExpression.isRegularExpression(value)) {
            return false;
        }
        return !(value instanceof Document);
    }

    private static boolean allMissing(KeyValue key) {
        return key.stream().allMatch(Missing::isNullOrMissing);
    }

    private static Object idOf(Document document) {
        return new KeyValue(document.get("_id")).normalized();
    }

    @Override
    public @Nullable P getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {}

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {}

    @Override
    public synchronized long getCount() {
        return positionsById.size();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public synchronized void drop() {
        entries.clear();
        positionsById.clear();
    }
}
