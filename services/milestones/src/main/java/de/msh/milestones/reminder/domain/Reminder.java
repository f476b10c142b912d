package de.msh.milestones.reminder.domain;

import de.msh.events.milestones.MilestoneKind;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One reminder about one milestone, in German. Its {@link #key()} names what it is about (milestone, why, and the
 * forecast it reminds of), so a repeat is the same reminder and a re-planned milestone is reminded of afresh.
 */
public record Reminder(
        String projectId,
        String projectName,
        String milestoneId,
        String title,
        MilestoneKind milestoneKind,
        ReminderKind kind,
        LocalDate forecastOn,
        LocalDate baselineOn,
        LocalDate today,
        List<String> recipients) {

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final Map<MilestoneKind, String> KINDS = Map.of(
            MilestoneKind.PHASE_GATE, "Phasentor",
            MilestoneKind.DELIVERABLE, "Ergebnis",
            MilestoneKind.FUNDING_DEADLINE, "Förderfrist",
            MilestoneKind.REPORTING_DATE, "Berichtstermin",
            MilestoneKind.EVENT, "Veranstaltung");

    public Reminder {
        recipients = List.copyOf(recipients);
    }

    /** The same for every repeat of this reminder, on any instance. */
    public UUID key() {
        String name =
                String.join("|", "milestone-reminder", projectId, milestoneId, kind.name(), forecastOn.toString());
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    public String subject() {
        return switch (kind) {
            case DUE_SOON -> "Erinnerung: „" + title + "“ fällig am " + GERMAN.format(forecastOn);
            case MISSED -> "Versäumt: „" + title + "“ war fällig am " + GERMAN.format(forecastOn);
        };
    }

    /** Plain text; {@code portalAddress} leads to the project's milestones. */
    public String body(String portalAddress) {
        String situation = switch (kind) {
            case DUE_SOON -> "ist am " + GERMAN.format(forecastOn) + " fällig (" + daysLeft() + ").";
            case MISSED -> "war am " + GERMAN.format(forecastOn) + " fällig und ist weder erreicht noch geschlossen.";
        };
        return "Guten Tag,\n\n"
                + "der Meilenstein „" + title + "“ im Projekt " + projectName + " " + situation + "\n\n"
                + "Art: " + KINDS.get(milestoneKind) + "\n"
                + "Ursprünglich geplant: " + GERMAN.format(baselineOn) + "\n"
                + "Aktuelle Prognose: " + GERMAN.format(forecastOn) + "\n\n"
                + "Bitte tragen Sie im Portal ein, ob er erreicht ist, oder planen Sie ihn mit Begründung neu:\n"
                + portalAddress.replaceAll("/$", "") + "/projekte/" + projectId + "/meilensteine\n\n"
                + "Diese Nachricht hat der Strukturwandel-Tracker Mansfeld-Südharz automatisch gesendet.\n";
    }

    private String daysLeft() {
        long days = ChronoUnit.DAYS.between(today, forecastOn);
        return days == 0 ? "heute" : days == 1 ? "morgen" : "in " + days + " Tagen";
    }
}
