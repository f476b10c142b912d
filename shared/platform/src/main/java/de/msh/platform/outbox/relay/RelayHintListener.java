package de.msh.platform.outbox.relay;

import de.msh.platform.outbox.OutboxAggregate;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/**
 * Tells the relay about a document as soon as it is saved with pending events, so they leave within milliseconds
 * instead of waiting for the sweep. Application services just save; they cannot forget the hint.
 */
class RelayHintListener extends AbstractMongoEventListener<OutboxAggregate> {

    private final OutboxRelay relay;

    RelayHintListener(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<OutboxAggregate> event) {
        OutboxAggregate aggregate = event.getSource();
        if (!aggregate.pendingEvents().isEmpty()) {
            relay.hint(event.getCollectionName(), aggregate.aggregateId());
        }
    }
}
