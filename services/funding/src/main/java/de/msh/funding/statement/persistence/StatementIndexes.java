package de.msh.funding.statement.persistence;

import de.msh.funding.statement.domain.BankStatement;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * A statement id is unique per account (a business rule: one statement is imported once); the others serve the
 * duplicate search, the list and the outbox sweep.
 */
@Component
class StatementIndexes {

    private final MongoTemplate mongo;

    StatementIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationStartedEvent.class)
    void ensure() {
        var indexes = mongo.indexOps(BankStatement.class);
        indexes.createIndex(new Index()
                .on("iban", Sort.Direction.ASC)
                .on("statementId", Sort.Direction.ASC)
                .unique()
                .named("statement_unique"));
        indexes.createIndex(new Index()
                .on("iban", Sort.Direction.ASC)
                .on("from", Sort.Direction.ASC)
                .on("to", Sort.Direction.ASC)
                .named("by_account_and_days"));
        indexes.createIndex(new Index("importedAt", Sort.Direction.DESC).named("newest_first"));
        indexes.createIndex(new Index("outbox.0.occurredAt", Sort.Direction.ASC).named("outbox_sweep"));
    }
}
