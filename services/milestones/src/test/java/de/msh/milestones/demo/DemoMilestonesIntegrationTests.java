package de.msh.milestones.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.milestones.MilestoneKind;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.milestones.schedule.application.ScheduleService;
import de.msh.milestones.schedule.domain.Milestone;
import de.msh.milestones.schedule.domain.Schedule;
import de.msh.testsupport.TopicProbe;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo event milestones: the coming Thursdays' Impulsgebertage and one Regionaldialog, planned once the demo
 * projects are known, and not again on a restart.
 */
@SpringBootTest(properties = "msh.demo-data=true")
class DemoMilestonesIntegrationTests {

    @Autowired
    DemoMilestones demo;

    @Autowired
    ScheduleService schedules;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void plansTheComingImpulsgebertageAndARegionaldialogOnce() throws InterruptedException {
        String impulse = UUID.randomUUID().toString();
        String dialogue = UUID.randomUUID().toString();
        var probe = new TopicProbe(brokers);
        probe.publish(impulse, 1, registered(impulse, "IMPULSGEBERTAGE", "Impulsgebertage Sangerhausen"));
        probe.publish(dialogue, 1, registered(dialogue, "REGIONALDIALOG", "Regionaldialog"));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!demo.load() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        demo.load();

        List<Milestone> thursdays = events(schedules.get(impulse));
        assertThat(thursdays).hasSize(8);
        assertThat(thursdays).allSatisfy(m -> {
            assertThat(m.forecastOn().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
            assertThat(m.title()).isEqualTo("Impulsgebertag in Sangerhausen");
            assertThat(m.forecastOn()).isAfterOrEqualTo(schedules.today());
        });
        assertThat(events(schedules.get(dialogue)))
                .singleElement()
                .satisfies(m -> assertThat(m.title()).startsWith("Regionaldialog (Beispieltermin"));
    }

    private static List<Milestone> events(Schedule schedule) {
        return schedule.milestones().stream()
                .filter(m -> m.kind() == MilestoneKind.EVENT)
                .toList();
    }

    private static ProjectRegistered registered(String id, String code, String title) {
        return new ProjectRegistered(id, code, title, null, List.of(), ProjectPhase.IMPLEMENTATION, null, List.of());
    }
}
