package de.msh.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        try (DocumentStore store = DocumentStore.open(data, "127.0.0.1", 0);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + store.port())) {
            var grants = client.getDatabase("funding").getCollection("grants");
            grants.createIndex(new Document("fileNumber", 1), new com.mongodb.client.model.IndexOptions().unique(true));
            grants.insertOne(new Document("_id", "g-1")
                    .append("fileNumber", "IB-2026-001")
                    .append("amount", new Decimal128(new BigDecimal("1234567.89"))));
        }

        try (DocumentStore store = DocumentStore.open(data, "127.0.0.1", 0);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + store.port())) {
            var grants = client.getDatabase("funding").getCollection("grants");
            Document kept = grants.find(new Document("_id", "g-1")).first();
            assertThat(kept).isNotNull();
            assertThat(((Decimal128) kept.get("amount")).bigDecimalValue()).isEqualByComparingTo("1234567.89");
            assertThat(grants.listIndexes().into(new java.util.ArrayList<>()))
                    .anySatisfy(index -> assertThat(index.toJson()).contains("fileNumber"));
        }
    }

    @Test
    void refusesAFolderOfTheOldH2StoreAndMigratesItOnRequestWithoutTouchingIt() throws Exception {
        writeOldH2Store();
        long oldSize = java.nio.file.Files.size(data.resolve(DocumentStore.OLD_H2_FILE));

        assertThatThrownBy(() -> DocumentStore.open(data, "127.0.0.1", 0))
                .isInstanceOf(DocumentStore.OldStoreFound.class)
                .hasMessageContaining("./infra/local/migrate-store.sh")
                .hasMessageContaining("Der Dokumentenspeicher startet nicht");

        StoreMigration.Copied copied = StoreMigration.migrate(data);

        assertThat(copied.documents()).isEqualTo(3);
        assertThat(java.nio.file.Files.size(data.resolve(DocumentStore.OLD_H2_FILE)))
                .isEqualTo(oldSize);
        try (DocumentStore store = DocumentStore.open(data, "127.0.0.1", 0);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + store.port())) {
            var grants = client.getDatabase("funding").getCollection("grants");
            assertThat(grants.countDocuments()).isEqualTo(2);
            assertThat(((Decimal128) grants.find(new Document("_id", "g-1"))
                                    .first()
                                    .get("amount"))
                            .bigDecimalValue())
                    .isEqualByComparingTo("1234567.89");
            assertThatThrownBy(() -> grants.insertOne(new Document("_id", "g-3").append("fileNumber", "IB-1")))
                    .hasMessageContaining("E11000");
            assertThat(client.getDatabase("projects").getCollection("projects").countDocuments())
                    .isEqualTo(1);
        }
        assertThatThrownBy(() -> StoreMigration.migrate(data)).hasMessageContaining("exists already");
    }

    private void writeOldH2Store() {
        var h2 = new org.h2.mvstore.MVStore.Builder()
                .fileName(data.resolve(DocumentStore.OLD_H2_FILE).toString())
                .open();
        var server = new de.bwaldvogel.mongo.MongoServer(new de.msh.store.IndexedH2Backend(h2));
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            var grants = client.getDatabase("funding").getCollection("grants");
            grants.createIndex(new Document("fileNumber", 1), new com.mongodb.client.model.IndexOptions().unique(true));
            grants.insertOne(new Document("_id", "g-1")
                    .append("fileNumber", "IB-1")
                    .append("amount", new Decimal128(new BigDecimal("1234567.89"))));
            grants.insertOne(new Document("_id", "g-2").append("fileNumber", "IB-2"));
            client.getDatabase("projects").getCollection("projects").insertOne(new Document("_id", "p-1"));
        } finally {
            server.shutdown();
        }
    }

    @Test
    void refusesADamagedFileNamingTheNewestGoodBackupAndTheRestoreBringsItBack() throws Exception {
        Backups backups = new Backups(data, java.time.Clock.systemUTC());
        Path backup;
        try (DocumentStore store = DocumentStore.open(data, "127.0.0.1", 0);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + store.port())) {
            client.getDatabase("projects").getCollection("projects").insertOne(new Document("_id", "p-1"));
            for (int i = 0; i < Backups.KEEP + 2; i++) {
                backups.take(store.backend().file());
            }
            backup = backups.all().get(0);
        }
        assertThat(backups.all()).hasSize(Backups.KEEP);
        try (var file = java.nio.channels.FileChannel.open(
                data.resolve(DocumentStore.FILE), java.nio.file.StandardOpenOption.WRITE)) {
            file.write(
                    java.nio.ByteBuffer.wrap(
                            "kein SQLite mehr, nur noch Bytes".repeat(4).getBytes()),
                    0);
        }

        assertThatThrownBy(() -> DocumentStore.open(data, "127.0.0.1", 0))
                .isInstanceOf(DocumentStore.StoreDamaged.class)
                .hasMessageContaining("beschädigt")
                .hasMessageContaining("./infra/local/restore-store.sh " + backup)
                .hasMessageContaining("Newest good backup: " + backup);

        Path aside = StoreRestore.restore(data, backup);

        assertThat(aside.resolve(DocumentStore.FILE)).exists();
        try (DocumentStore store = DocumentStore.open(data, "127.0.0.1", 0);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + store.port())) {
            assertThat(client.getDatabase("projects").getCollection("projects").countDocuments())
                    .isEqualTo(1);
        }
    }
}
