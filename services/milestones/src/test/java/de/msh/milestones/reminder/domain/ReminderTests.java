package de.msh.milestones.reminder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.milestones.MilestoneKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void speaksGermanWithGermanDatesAndLeadsToTheProjectsMilestones() {
        Reminder reminder = reminder(ReminderKind.DUE_SOON, TODAY.plusDays(3));

        assertThat(reminder.subject()).isEqualTo("Erinnerung: „Verwendungsnachweis 2026“ fällig am 04.12.2026");
        assertThat(reminder.body("http://localhost:8080/"))
                .contains("im Projekt MSH-07: MakerLab Eisleben ist am 04.12.2026 fällig (in 3 Tagen).")
                .contains("Art: Förderfrist")
                .contains("Ursprünglich geplant: 20.11.2026")
                .contains("http://localhost:8080/projekte/p-7/meilensteine\n");
        assertThat(reminder(ReminderKind.DUE_SOON, TODAY.plusDays(1)).body("x")).contains("(morgen)");
    }

    @Test
    void aMissedDeadlineSaysSo() {
        Reminder reminder = reminder(ReminderKind.MISSED, TODAY.minusDays(2));

        assertThat(reminder.subject()).isEqualTo("Versäumt: „Verwendungsnachweis 2026“ war fällig am 29.11.2026");
        assertThat(reminder.body("x")).contains("war am 29.11.2026 fällig und ist weder erreicht noch geschlossen.");
    }

    @Test
    void aRepeatIsTheSameReminderAndANewForecastANewOne() {
        Reminder reminder = reminder(ReminderKind.DUE_SOON, TODAY.plusDays(3));

        assertThat(reminder(ReminderKind.DUE_SOON, TODAY.plusDays(3)).key()).isEqualTo(reminder.key());
        assertThat(reminder(ReminderKind.DUE_SOON, TODAY.plusDays(4)).key()).isNotEqualTo(reminder.key());
        assertThat(reminder(ReminderKind.MISSED, TODAY.plusDays(3)).key()).isNotEqualTo(reminder.key());
    }

    static Reminder reminder(ReminderKind kind, LocalDate forecast) {
        return new Reminder(
                "p-7",
                "MSH-07: MakerLab Eisleben",
                "m-1",
                "Verwendungsnachweis 2026",
                MilestoneKind.FUNDING_DEADLINE,
                kind,
                forecast,
                LocalDate.of(2026, 11, 20),
                TODAY,
                List.of("finance@msh.example"));
    }
}
