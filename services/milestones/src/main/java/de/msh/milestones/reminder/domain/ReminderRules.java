package de.msh.milestones.reminder.domain;

import de.msh.events.milestones.MilestoneKind;
import de.msh.milestones.schedule.domain.Milestone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * When a milestone is due a reminder and who gets it.
 *
 * <ul>
 *   <li>Open milestones are reminded of {@code daysBefore} days before their forecast, and once more when it has
 *       passed; the office's own events (Impulsgebertage, Regionaldialoge) are not deadlines and get none.
 *   <li>The project's manager gets it, if the office named a person the directory knows; otherwise the steering
 *       office, so that no deadline goes unwatched. Finance gets every funding deadline as well.
 * </ul>
 *
 * @param daysBefore how many days ahead of the forecast the first reminder goes out (configuration)
 */
public record ReminderRules(int daysBefore) {

    public ReminderRules {
        if (daysBefore < 0) {
            throw new IllegalArgumentException("daysBefore must not be negative: " + daysBefore);
        }
    }

    public Optional<ReminderKind> due(Milestone milestone, LocalDate today) {
        if (milestone.kind() == MilestoneKind.EVENT || !milestone.open()) {
            return Optional.empty();
        }
        if (milestone.forecastOn().isBefore(today)) {
            return Optional.of(ReminderKind.MISSED);
        }
        if (!milestone.forecastOn().isAfter(today.plusDays(daysBefore))) {
            return Optional.of(ReminderKind.DUE_SOON);
        }
        return Optional.empty();
    }

    /** The addresses, sorted and each once. */
    public List<String> recipients(MilestoneKind kind, @Nullable String manager, List<Person> people) {
        List<Person> managers = manager == null
                ? List.of()
                : people.stream().filter(person -> person.isNamed(manager)).toList();
        List<Person> responsible = new ArrayList<>(managers.isEmpty() ? withRole(people, "steering") : managers);
        if (kind == MilestoneKind.FUNDING_DEADLINE) {
            responsible.addAll(withRole(people, "finance"));
        }
        TreeSet<String> addresses = new TreeSet<>(Comparator.naturalOrder());
        responsible.forEach(person -> addresses.add(person.email()));
        return List.copyOf(addresses);
    }

    private static List<Person> withRole(List<Person> people, String role) {
        return people.stream().filter(person -> person.hasRole(role)).toList();
    }
}
