package de.msh.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.msh.platform.inbox.ConsumerMetrics;
import de.msh.testsupport.TestInfrastructureCustomizerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Two instances of one service on the real broker: both relay the service's outbox and both consume in one group,
 * sharing the topic's partitions. Every read-model row ends with each of its events applied once, in order.
 */
@SpringBootTest
class ScaleOutIntegrationTests {

    static final String REGISTERED = "msh.projects.ProjectRegistered.v1";
    static final List<String> TITLES = List.of("eins", "Nummer 2", "Nummer 3", "Nummer 4");

    @Autowired
    Widgets widgets;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ConsumerMetrics metrics;

    @Test
    void twoInstancesRelayAndConsumeEveryEventOnceAndInOrder() {
        String[] arguments = Stream.concat(
                        Stream.of(TestInfrastructureCustomizerFactory.asArguments()), Stream.of("--server.port=0"))
                .toArray(String[]::new);
        try (var second = new SpringApplicationBuilder(PlatformTestApplication.class).run(arguments)) {
            Widgets otherWidgets = second.getBean(Widgets.class);
            ConsumerMetrics otherMetrics = second.getBean(ConsumerMetrics.class);
            double otherBefore = otherMetrics.count(REGISTERED, ConsumerMetrics.APPLIED);
            List<String> ids = new ArrayList<>();

            for (int round = 0;
                    round < 30 && otherMetrics.count(REGISTERED, ConsumerMetrics.APPLIED) == otherBefore;
                    round++) {
                for (int i = 0; i < 10; i++) {
                    String id = UUID.randomUUID().toString();
                    ids.add(id);
                    (i % 2 == 0 ? widgets : otherWidgets).save(widgetWithFourEvents(id));
                }
                sleep(Duration.ofMillis(300));
            }

            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(ids)
                            .allSatisfy(id -> assertThat(titles(id)).containsExactlyElementsOf(TITLES)));
            assertThat(otherMetrics.count(REGISTERED, ConsumerMetrics.APPLIED))
                    .as("the second instance took a share of the partitions")
                    .isGreaterThan(otherBefore);
        }
    }

    private static Widget widgetWithFourEvents(String id) {
        Widget widget = Widget.create(id, TITLES.get(0));
        TITLES.subList(1, TITLES.size()).forEach(widget::rename);
        return widget;
    }

    private List<String> titles(String id) {
        Document row = mongo.findById(id, Document.class, WidgetViewFunctions.VIEW);
        return row == null ? List.of() : row.getList("titles", String.class);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
