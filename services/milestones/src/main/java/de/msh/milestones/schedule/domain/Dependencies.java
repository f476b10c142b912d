package de.msh.milestones.schedule.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rules on dependencies between the milestones of one project: only on its own milestones, and no cycles. */
final class Dependencies {

    private Dependencies() {}

    /**
     * Refuses dependencies of {@code milestoneId} on milestones the schedule does not hold, or that would close a
     * cycle (a milestone that, through others, depends on {@code milestoneId} itself).
     */
    static void check(String milestoneId, List<String> dependsOn, List<Milestone> milestones) {
        Map<String, Milestone> byId = milestones.stream().collect(Collectors.toMap(Milestone::id, Function.identity()));
        for (String dependency : dependsOn) {
            if (!byId.containsKey(dependency)) {
                throw new ScheduleRuleViolated(
                        ScheduleRuleViolated.UNKNOWN_DEPENDENCY,
                        "Milestone " + dependency + " is not on this project's schedule");
            }
        }
        // a cycle exists if milestoneId is reachable from one of its new dependencies
        Deque<String> toVisit = new ArrayDeque<>(dependsOn);
        Set<String> seen = new HashSet<>();
        while (!toVisit.isEmpty()) {
            String next = toVisit.pop();
            if (next.equals(milestoneId)) {
                throw new ScheduleRuleViolated(
                        ScheduleRuleViolated.DEPENDENCY_CYCLE,
                        "Milestone " + milestoneId + " would depend on itself through " + dependsOn);
            }
            Milestone milestone = byId.get(next);
            if (seen.add(next) && milestone != null) {
                toVisit.addAll(milestone.dependsOn());
            }
        }
    }

    /** The dependencies of the milestone that are expected after it: its forecast breaks them. */
    static List<String> broken(Milestone milestone, List<Milestone> milestones) {
        Map<String, Milestone> byId = milestones.stream().collect(Collectors.toMap(Milestone::id, Function.identity()));
        return milestone.dependsOn().stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .filter(dependency -> dependency.closedReason() == null)
                .filter(dependency -> dependency.expectedOn().isAfter(milestone.expectedOn()))
                .map(Milestone::id)
                .toList();
    }
}
