package de.msh.store;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import java.util.List;

/** mongo-java-server in memory, whose collections serve {@code _id} lookups inside larger queries ({@link IdLookup}). */
public class IndexedMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String name) {
        return new MemoryDatabase(name, getCursorRegistry()) {
            @Override
            protected MemoryCollection openOrCreateCollection(String collection, CollectionOptions options) {
                MemoryCollection opened = super.openOrCreateCollection(collection, options);
                opened.addIndex(new IdLookup<>(opened));
                return opened;
            }

            @Override
            protected Index<Integer> openOrCreateSecondaryIndex(
                    String collection, String name, List<IndexKey> keys, boolean sparse) {
                return new SortedIndex<>(name, keys, sparse);
            }
        };
    }
}
