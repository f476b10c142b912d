package de.msh.milestones.demo;

import de.msh.events.milestones.MilestoneKind;
import de.msh.milestones.project.domain.KnownProjects;
import de.msh.milestones.schedule.application.ScheduleService;
import de.msh.milestones.schedule.domain.MilestonePlan;
import de.msh.platform.demo.DemoLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans the demo event milestones on a local stack started with {@code msh.demo-data=true}: the Impulsgebertage on
 * the coming Thursdays and a Regionaldialog (its date an example, and named so). Each is planned under an origin
 * naming its day, so a restart plans only the Thursdays that came into view. Waits, in the background, until the
 * projects service has announced the demo projects.
 */
@Component
@ConditionalOnProperty(name = "msh.demo-data", havingValue = "true")
class DemoMilestones extends DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoMilestones.class);
    private static final String BY = "demo-data";

    private final Resource file;
    private final ScheduleService schedules;
    private final KnownProjects projects;

    DemoMilestones(
            @Value("${msh.milestones.demo-milestones:classpath:demo/milestones.json}") Resource file,
            ScheduleService schedules,
            KnownProjects projects) {
        super("demo milestones");
        this.file = file;
        this.schedules = schedules;
        this.projects = projects;
    }

    record DemoFile(List<Weekly> weekly, List<Once> once) {}

    record Weekly(String projectCode, String title, DayOfWeek dayOfWeek, int weeksAhead) {}

    record Once(String projectCode, String title, int daysAhead) {}

    /** True once every demo milestone is planned. */
    @Override
    protected boolean load() {
        DemoFile demo = read();
        LocalDate today = schedules.today();
        List<String> waiting = new ArrayList<>();
        for (Weekly weekly : demo.weekly()) {
            LocalDate first = today.with(TemporalAdjusters.nextOrSame(weekly.dayOfWeek()));
            List<LocalDate> days = new ArrayList<>();
            for (int week = 0; week < weekly.weeksAhead(); week++) {
                days.add(first.plusWeeks(week));
            }
            plan(weekly.projectCode(), weekly.title(), days, "weekly", waiting);
        }
        // the example date is fixed by the first start, so a restart does not plan a second Regionaldialog
        for (Once once : demo.once()) {
            plan(once.projectCode(), once.title(), List.of(today.plusDays(once.daysAhead())), "once", waiting);
        }
        if (!waiting.isEmpty()) {
            log.info("Demo data: waiting for the projects {}", waiting);
            return false;
        }
        log.info("Demo data: event milestones planned");
        return true;
    }

    private void plan(String code, String title, List<LocalDate> days, String kind, List<String> waiting) {
        Optional<String> project = projects.activeIdOfCode(code);
        if (project.isEmpty()) {
            waiting.add(code);
            return;
        }
        schedules.byRule(project.get(), (schedule, today, now) -> {
            boolean planned = false;
            for (LocalDate day : days) {
                String origin = "demo:" + code + ":" + (kind.equals("once") ? "once" : day.toString());
                MilestonePlan plan = new MilestonePlan(title, MilestoneKind.EVENT, day, List.of(), null, null, origin);
                planned |= schedule.planByRule(UUID.randomUUID().toString(), plan, BY, today, now);
            }
            return planned;
        });
    }

    private DemoFile read() {
        try (InputStream in = file.getInputStream()) {
            return JsonMapper.builder().build().readValue(in, DemoFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo milestones from " + file, e);
        }
    }
}
