package de.msh.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentStoreTests {

    @TempDir
    Path data;

    @Test
    void keepsDocumentsAndUniqueIndexesAcrossARestart() throws Exception {
        Path file = data.resolve("store.mv");
        try (DocumentStore store = DocumentStore.open(file, "127.0.0.1", 0);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + store.port())) {
            var grants = client.getDatabase("funding").getCollection("grants");
            grants.createIndex(new Document("fileNumber", 1), new com.mongodb.client.model.IndexOptions().unique(true));
            grants.insertOne(new Document("_id", "g-1")
                    .append("fileNumber", "IB-2026-001")
                    .append("amount", new Decimal128(new BigDecimal("1234567.89"))));
        }

        try (DocumentStore store = DocumentStore.open(file, "127.0.0.1", 0);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + store.port())) {
            var grants = client.getDatabase("funding").getCollection("grants");
            Document kept = grants.find(new Document("_id", "g-1")).first();
            assertThat(kept).isNotNull();
            assertThat(((Decimal128) kept.get("amount")).bigDecimalValue()).isEqualByComparingTo("1234567.89");
            assertThat(grants.listIndexes().into(new java.util.ArrayList<>()))
                    .anySatisfy(index -> assertThat(index.toJson()).contains("fileNumber"));
        }
    }
}
