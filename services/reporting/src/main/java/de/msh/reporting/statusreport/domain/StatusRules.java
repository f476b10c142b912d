package de.msh.reporting.statusreport.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The traffic-light rules (reference data, {@code reference/status-rules.json}): red if any red condition holds, else
 * yellow if any yellow one does, else green. Each report records the version it was judged by.
 *
 * @param version counted up with every change of the file, so a report names the rules it used
 * @param source where the rules come from; they are an example until the office confirms them
 * @param atRiskDays a milestone due within this many days is at risk
 * @param red the conditions that make a report red, with the German text a report gives as its reason
 * @param yellow the conditions that make it yellow
 */
public record StatusRules(
        int version, String source, int atRiskDays, Map<Condition, String> red, Map<Condition, String> yellow) {

    public StatusRules {
        if (version < 1 || atRiskDays < 0) {
            throw new IllegalArgumentException("status rules need a version from 1 and atRiskDays from 0");
        }
        red = Map.copyOf(red);
        yellow = Map.copyOf(yellow);
        if (red.keySet().stream().anyMatch(yellow::containsKey)) {
            throw new IllegalArgumentException("a condition cannot be red and yellow at once");
        }
    }

    /** The light for the conditions that hold, with the reasons in German, red ones first. */
    public Judgement judge(Set<Condition> holding) {
        List<String> reasons = new ArrayList<>();
        Light light = Light.GREEN;
        for (Condition condition : Condition.values()) {
            if (holding.contains(condition) && red.containsKey(condition)) {
                reasons.add(red.get(condition));
                light = Light.RED;
            }
        }
        for (Condition condition : Condition.values()) {
            if (holding.contains(condition) && yellow.containsKey(condition)) {
                reasons.add(yellow.get(condition));
                light = light.worse(Light.YELLOW);
            }
        }
        return new Judgement(light, reasons);
    }

    /** A light and why. */
    public record Judgement(Light light, List<String> reasons) {

        public Judgement {
            reasons = List.copyOf(reasons);
        }
    }
}
