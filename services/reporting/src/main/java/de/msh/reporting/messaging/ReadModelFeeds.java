package de.msh.reporting.messaging;

import de.msh.events.EventContext;
import de.msh.platform.inbox.EventInbox;
import de.msh.reporting.feed.Feeds;
import de.msh.reporting.space.Positions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/** One binding per topic, each feeding every read model of its topic and then recording how far it got. */
@Configuration
class ReadModelFeeds {

    /** Binding {@code onProjectsEvents-in-0}, on {@code msh.projects.events}, group {@code reporting}. */
    @Bean
    Consumer<Message<List<byte[]>>> onProjectsEvents(EventInbox inbox, Feeds feeds, Positions positions) {
        return feed(EventContext.PROJECTS.topic(), inbox, feeds, positions);
    }

    /** Binding {@code onFundingEvents-in-0}, on {@code msh.funding.events}, group {@code reporting}. */
    @Bean
    Consumer<Message<List<byte[]>>> onFundingEvents(EventInbox inbox, Feeds feeds, Positions positions) {
        return feed(EventContext.FUNDING.topic(), inbox, feeds, positions);
    }

    /** Binding {@code onStudiesEvents-in-0}, on {@code msh.studies.events}, group {@code reporting}. */
    @Bean
    Consumer<Message<List<byte[]>>> onStudiesEvents(EventInbox inbox, Feeds feeds, Positions positions) {
        return feed(EventContext.STUDIES.topic(), inbox, feeds, positions);
    }

    /** Binding {@code onMilestonesEvents-in-0}, on {@code msh.milestones.events}, group {@code reporting}. */
    @Bean
    Consumer<Message<List<byte[]>>> onMilestonesEvents(EventInbox inbox, Feeds feeds, Positions positions) {
        return feed(EventContext.MILESTONES.topic(), inbox, feeds, positions);
    }

    private static Consumer<Message<List<byte[]>>> feed(
            String topic, EventInbox inbox, Feeds feeds, Positions positions) {
        var handler = feeds.handler(topic);
        return batch -> {
            inbox.accept(batch, handler);
            positions.advanced(next(batch));
        };
    }

    /** Per topic and partition, the offset after the batch's last record. */
    static Map<String, Map<Integer, Long>> next(Message<List<byte[]>> batch) {
        List<?> topics = list(batch, KafkaHeaders.RECEIVED_TOPIC);
        List<?> partitions = list(batch, KafkaHeaders.RECEIVED_PARTITION);
        List<?> offsets = list(batch, KafkaHeaders.OFFSET);
        Map<String, Map<Integer, Long>> next = new HashMap<>();
        for (int i = 0; i < offsets.size(); i++) {
            next.computeIfAbsent(String.valueOf(topics.get(i)), t -> new HashMap<>())
                    .merge(
                            ((Number) partitions.get(i)).intValue(),
                            ((Number) offsets.get(i)).longValue() + 1,
                            Math::max);
        }
        return next;
    }

    private static List<?> list(Message<?> batch, String header) {
        return batch.getHeaders().get(header) instanceof List<?> list ? list : List.of();
    }
}
