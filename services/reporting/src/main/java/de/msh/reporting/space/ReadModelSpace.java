package de.msh.reporting.space;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Resolves a read model's collection name in the space the current work belongs to: the active space, or the one a
 * rebuild runs in on its own thread ({@link #within}). Every read-model collection is named through here, and listed
 * in {@link #COLLECTIONS} so it leaves with its space. Reference data (the Masterplan catalogue) is not a read model
 * and is never named through here. One reporting instance holds the active space in memory.
 */
@Component
public class ReadModelSpace {

    /** Every read model's collection, without prefix. */
    public static final List<String> COLLECTIONS = List.of(
            "portfolio_projects",
            "money_grants",
            "money_statements",
            "masterplan_projects",
            "studies_recommendations",
            "milestones_schedules",
            "invkg_measures",
            Positions.COLLECTION);

    static final String SPACES = "reporting_spaces";
    private static final int COPY_BATCH = 1000;

    private final MongoTemplate mongo;
    private final ThreadLocal<@Nullable String> within = new ThreadLocal<>();
    /** Read from the store on first use, not at start: a start without the store (a CDS training run) must work. */
    private volatile @Nullable String active;

    ReadModelSpace(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The collection's name in the current space. */
    public String collection(String base) {
        String prefix = within.get();
        return (prefix == null ? active() : prefix) + base;
    }

    /** The prefix of the active space. */
    public String active() {
        String known = active;
        if (known == null) {
            synchronized (this) {
                if (active == null) {
                    Document stored = mongo.findById("active", Document.class, SPACES);
                    // the first space has no prefix: the collections as they were before there were spaces
                    active = stored == null ? "" : stored.getString("prefix");
                }
                known = active;
            }
        }
        return known;
    }

    /** Runs the work with every collection named in the given space, on this thread only. */
    public <T> T within(String prefix, Supplier<T> work) {
        String before = within.get();
        within.set(prefix);
        try {
            return work.get();
        } finally {
            within.set(before);
        }
    }

    /** Makes the space the active one, for queries and the live consumers alike; returns the space it replaced. */
    public synchronized String activate(String prefix) {
        String replaced = active();
        mongo.upsert(
                Query.query(Criteria.where("_id").is("active")),
                new Update().set("prefix", prefix).set("replaced", replaced),
                SPACES);
        active = prefix;
        return replaced;
    }

    /** Drops every collection of a space that is not the active one. */
    public void drop(String prefix) {
        if (prefix.equals(active())) {
            throw new IllegalArgumentException("The active space is not dropped");
        }
        COLLECTIONS.forEach(base -> mongo.dropCollection(prefix + base));
    }

    /**
     * Drops every read-model collection of the spaces whose prefix starts with {@code family} ({@code rb}, {@code asof}),
     * except the active one and {@code keep}: what an earlier rebuild left when it failed, what a live batch wrote into
     * a space just after it was replaced, the spaces of earlier "as of" answers.
     */
    public void dropLeftovers(String family, @Nullable String keep) {
        for (String name : mongo.getCollectionNames()) {
            for (String base : COLLECTIONS) {
                if (name.endsWith(base) && !name.equals(base)) {
                    String prefix = name.substring(0, name.length() - base.length());
                    if (prefix.startsWith(family) && !prefix.equals(active()) && !prefix.equals(keep)) {
                        mongo.dropCollection(name);
                    }
                }
            }
        }
    }

    /**
     * Copies every read-model collection of one space into another, which must be empty: a thousand rows at a
     * time, since a whole space does not fit a service's heap. Not with {@code $merge} inside the store: on
     * mongo-java-server the copy then followed later changes of its source (AsOfIntegrationTests found a checkpoint
     * ahead of its positions), as if it held the source's very documents.
     */
    public void copy(String from, String to) {
        for (String base : COLLECTIONS) {
            // as raw BSON: the rows pass through unread, neither decoded nor encoded again here
            MongoCollection<RawBsonDocument> target = mongo.getDb().getCollection(to + base, RawBsonDocument.class);
            List<RawBsonDocument> rows = new ArrayList<>(COPY_BATCH);
            for (RawBsonDocument row : mongo.getDb()
                    .getCollection(from + base, RawBsonDocument.class)
                    .find()
                    .batchSize(COPY_BATCH)) {
                rows.add(row);
                if (rows.size() == COPY_BATCH) {
                    target.insertMany(rows);
                    rows = new ArrayList<>(COPY_BATCH);
                }
            }
            if (!rows.isEmpty()) {
                target.insertMany(rows);
            }
        }
    }
}
