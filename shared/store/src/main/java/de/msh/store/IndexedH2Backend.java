package de.msh.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractMongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

/** mongo-java-server on an H2 MVStore, whose collections serve {@code _id} lookups inside larger queries. */
public class IndexedH2Backend extends H2Backend {

    public IndexedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String name) {
        return new H2Database(name, getMvStore(), getCursorRegistry()) {
            @Override
            protected MongoCollection<Object> openOrCreateCollection(String collection, CollectionOptions options) {
                MongoCollection<Object> opened = super.openOrCreateCollection(collection, options);
                if (opened instanceof AbstractMongoCollection<Object> indexable) {
                    indexable.addIndex(new IdLookup<>(indexable));
                }
                return opened;
            }
        };
    }
}
