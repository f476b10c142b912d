package de.msh.reporting.portfolio;

import de.msh.events.DomainEvent;
import de.msh.events.projects.PlannedCost;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The portfolio folded in plain Java from a list of events, independently of the read model: the last event of each
 * project (by sequence) wins, and groups are counted and summed from the folded projects.
 */
final class PortfolioFold {

    record Published(String subject, long sequence, DomainEvent event) {}

    /** What the API answers for one group: key, number of projects, planned cost to the cent. */
    record Group(String key, long projects, BigDecimal plannedCost) {}

    private static final class Project {
        long sequence;
        String phase;
        String field;
        List<String> municipalities = List.of();
        String manager;
        List<String> tags = List.of();
        BigDecimal cost;
    }

    private final Map<String, Project> projects = new HashMap<>();

    PortfolioFold(List<Published> events) {
        for (Published published : events) {
            Project project = projects.computeIfAbsent(published.subject(), id -> new Project());
            if (published.sequence() <= project.sequence) {
                continue; // redelivered or replayed: already applied
            }
            project.sequence = published.sequence();
            if (published.event() instanceof ProjectRegistered registered) {
                project.phase = registered.phase().name();
                project.field = registered.strategicField();
                project.municipalities = registered.municipalities();
                project.manager = registered.projectManager();
                project.tags = registered.tags();
                project.cost = total(registered.plannedCost());
            } else if (published.event() instanceof ProjectUpdated updated) {
                project.field = updated.strategicField();
                project.municipalities = updated.municipalities();
                project.manager = updated.projectManager();
                project.tags = updated.tags();
                project.cost = total(updated.plannedCost());
            } else if (published.event() instanceof ProjectPhaseChanged changed) {
                project.phase = changed.to().name();
            }
        }
    }

    Map<String, List<Group>> groupsOfProjectsTagged(String tag) {
        List<Project> tagged =
                projects.values().stream().filter(p -> p.tags.contains(tag)).toList();
        Map<String, List<Group>> groups = new HashMap<>();
        groups.put("byPhase", group(tagged, p -> List.of(p.phase)));
        groups.put("byStrategicField", group(tagged, p -> single(p.field)));
        groups.put("byMunicipality", group(tagged, p -> many(p.municipalities)));
        groups.put("byProjectManager", group(tagged, p -> single(p.manager)));
        groups.put("byTag", group(tagged, p -> many(p.tags)));
        groups.put("total", group(tagged, p -> List.of("alle")));
        return groups;
    }

    private static List<Group> group(List<Project> projects, Function<Project, List<String>> keys) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Project project : projects) {
            for (String key : keys.apply(project)) {
                counts.computeIfAbsent(key, k -> new long[1])[0]++;
                sums.merge(key, project.cost, BigDecimal::add);
            }
        }
        List<Group> groups = new ArrayList<>();
        counts.forEach((key, count) -> groups.add(new Group(key, count[0], sums.get(key))));
        return groups;
    }

    private static List<String> single(String value) {
        return List.of(value == null ? "-" : value);
    }

    private static List<String> many(List<String> values) {
        return values.isEmpty() ? List.of("-") : values;
    }

    private static BigDecimal total(PlannedCost cost) {
        return cost == null ? new BigDecimal("0.00") : cost.total().setScale(2);
    }
}
