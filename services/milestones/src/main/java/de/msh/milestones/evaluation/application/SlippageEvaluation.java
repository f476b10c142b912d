package de.msh.milestones.evaluation.application;

import de.msh.milestones.schedule.application.ScheduleService;
import de.msh.milestones.schedule.domain.Schedules;
import de.msh.milestones.schedule.domain.SlippageRules;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Judges every schedule as of today, daily and on demand: milestones that became missed or at risk are announced
 * once each ({@code Schedule.evaluate}), and each keeps its forecast for the trend. Runs on several instances or
 * twice a day announce nothing twice: each schedule is saved revision-checked, and a second run finds it judged.
 */
@Service
public class SlippageEvaluation {

    private static final Logger log = LoggerFactory.getLogger(SlippageEvaluation.class);

    private final Schedules all;
    private final ScheduleService schedules;
    private final SlippageRules rules;

    SlippageEvaluation(Schedules all, ScheduleService schedules, SlippageRules rules) {
        this.all = all;
        this.schedules = schedules;
        this.rules = rules;
    }

    /** What one run did. */
    public record Result(int schedules, int changed) {}

    @Scheduled(cron = "${msh.milestones.evaluation-cron}", zone = "Europe/Berlin")
    void daily() {
        Result result = evaluate();
        log.info("Evaluated {} schedules; {} changed", result.schedules(), result.changed());
    }

    public Result evaluate() {
        // each schedule is read once, inside its own change; the list only names them
        List<String> projects = all.findAllBy().stream()
                .map(Schedules.ProjectOnly::getProjectId)
                .toList();
        int changed = 0;
        for (String projectId : projects) {
            if (schedules.byRule(projectId, (schedule, today, now) -> schedule.evaluate(today, rules, now))) {
                changed++;
            }
        }
        return new Result(projects.size(), changed);
    }
}
