package de.msh.portal.milestones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.msh.portal.PortalSliceTest;
import de.msh.portal.backend.ServiceProblem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

class MilestonePagesTests extends PortalSliceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private final MilestonesClient.Milestone gate = new MilestonesClient.Milestone(
            "m-1",
            "p-1",
            "Förderantrag eingereicht",
            "PHASE_GATE",
            LocalDate.of(2027, 3, 1),
            LocalDate.of(2027, 4, 15),
            null,
            "LATE",
            45,
            List.of(),
            "Beispielvorlage",
            null,
            List.of(new MilestonesClient.Milestone.Replan(
                    Instant.parse("2026-11-20T09:00:00Z"),
                    "steering",
                    LocalDate.of(2027, 3, 1),
                    LocalDate.of(2027, 4, 15),
                    "Gutachten fehlt")),
            List.of(
                    new MilestonesClient.TrendPoint(LocalDate.of(2026, 10, 5), LocalDate.of(2027, 3, 1)),
                    new MilestonesClient.TrendPoint(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 4, 15))));

    @BeforeEach
    void aProjectWithOneMilestone() {
        when(milestoneProjectNames.get("p-1"))
                .thenReturn(new ProjectNames.Named(new ProjectNames.Named.Project(
                        "p-1", "WS-001", "MakerLab Eisleben", "CONCEPT", "Frau Beispiel")));
        when(milestones.schedule("p-1"))
                .thenReturn(new MilestonesClient.Schedule("p-1", 3, false, TODAY, 45, List.of(gate)));
    }

    @Test
    void showsAProjectsMilestonesInGermanWithTheTrendAsATableForTheChart() throws Exception {
        String page = page(mvc.perform(get("/projekte/p-1/meilensteine").with(as("steering"))));

        assertThat(page)
                .contains("Meilensteine: WS-001 MakerLab Eisleben", "Förderantrag eingereicht", "Phasentor")
                .contains("01.03.2027", "15.04.2027", "Verschoben", "45 Tage", "Gutachten fehlt")
                .contains("data-chart-days", "Meilensteintrendanalyse", "05.10.2026")
                .contains("data-value=\"" + (LocalDate.of(2027, 3, 1).toEpochDay()) + "\"")
                .contains("Termin verschieben", "Als erreicht vermerken", "Meilenstein planen");
    }

    @Test
    void aManagerReadsButGetsNoForms() throws Exception {
        String page = page(mvc.perform(get("/projekte/p-1/meilensteine").with(as("manager"))));

        assertThat(page)
                .contains("Förderantrag eingereicht")
                .doesNotContain("Termin verschieben", "Meilenstein planen");
    }

    @Test
    void plansWithTheDayAsTypedInGermany() throws Exception {
        mvc.perform(post("/projekte/p-1/meilensteine")
                        .with(as("steering"))
                        .with(csrf())
                        .param("idempotencyKey", "k-1")
                        .param("title", " Baubeginn ")
                        .param("kind", "DELIVERABLE")
                        .param("on", "31.3.2027"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/projekte/p-1/meilensteine"))
                .andExpect(flash().attribute("notice", "Meilenstein „Baubeginn“ ist geplant."));

        verify(milestones)
                .plan("p-1", new MilestonesClient.Plan("Baubeginn", "DELIVERABLE", LocalDate.of(2027, 3, 31)), "k-1");
    }

    @Test
    void refusesAMoveWithoutAReasonAtItsFormAndSendsNothing() throws Exception {
        String page = page(mvc.perform(post("/projekte/p-1/meilensteine/m-1/neu-planen")
                        .with(as("steering"))
                        .with(csrf())
                        .param("idempotencyKey", "k-2")
                        .param("revision", "3")
                        .param("day", "15.05.2027")
                        .param("reason", " "))
                .andExpect(status().isUnprocessableEntity()));

        assertThat(page)
                .contains("Bitte begründen Sie die Verschiebung.", "id=\"fehler-m-1\"", "open=\"open\"")
                .contains("value=\"15.05.2027\"");
        verify(milestones, never()).replan(anyString(), anyString(), any(), anyString());
    }

    @Test
    void showsTheServicesRefusalInGerman() throws Exception {
        when(milestones.achieve(eq("p-1"), eq("m-1"), any(), eq("k-3")))
                .thenThrow(new ServiceProblem("milestones", 409, "milestone-not-open", "reached", List.of()));

        String page = page(mvc.perform(post("/projekte/p-1/meilensteine/m-1/erreicht")
                        .with(as("steering"))
                        .with(csrf())
                        .param("idempotencyKey", "k-3")
                        .param("revision", "3")
                        .param("day", ""))
                .andExpect(status().isUnprocessableEntity()));

        assertThat(page).contains("Der Meilenstein ist bereits erreicht oder geschlossen.");
    }

    @Test
    void listsWhatNeedsAttentionAcrossThePortfolioByDefault() throws Exception {
        when(milestones.list(any())).thenReturn(List.of(gate));

        String page = page(mvc.perform(get("/meilensteine").with(as("manager"))));

        assertThat(page)
                .contains("Förderantrag eingereicht", "WS-001: MakerLab Eisleben", "Frau Beispiel", "Verschoben")
                .contains(
                        "id=\"stand-MISSED\" value=\"MISSED\" checked=\"checked\"",
                        "id=\"stand-PLANNED\" value=\"PLANNED\">");
        verify(milestones)
                .list(org.mockito.ArgumentMatchers.argThat(
                        query -> query.get("status").equals(List.of("MISSED", "AT_RISK", "LATE"))));
    }

    @Test
    void filtersByTheProjectsManager() throws Exception {
        when(milestones.list(any())).thenReturn(List.of(gate));

        mvc.perform(get("/meilensteine").param("leitung", " Frau Beispiel ").with(as("manager")))
                .andExpect(status().isOk());

        verify(milestones)
                .list(org.mockito.ArgumentMatchers.argThat(
                        query -> List.of("Frau Beispiel").equals(query.get("manager"))));
    }

    @Test
    void givesANewCalendarAddressOnTheMilestonesService() throws Exception {
        when(milestones.newFeed())
                .thenReturn(new MilestonesClient.FeedAddress("t0k3n", "/api/milestones/calendar/feeds/t0k3n.ics"));

        String page = page(
                mvc.perform(post("/meilensteine/kalender").with(as("finance")).with(csrf()))
                        .andExpect(status().isOk()));

        assertThat(page).contains("value=\"http://localhost:8084/api/milestones/calendar/feeds/t0k3n.ics\"");
    }

    @Test
    void showsAMonthAsWeeksWithEachMilestoneOnItsDay() throws Exception {
        when(milestones.list(any())).thenReturn(List.of(gate));

        String page = page(
                mvc.perform(get("/meilensteine/monat").param("monat", "2027-04").with(as("auditor")))
                        .andExpect(status().isOk()));

        assertThat(page)
                .contains("Meilensteine im April 2027", "Montag", "29.03.2027", "02.05.2027")
                .contains("15.04.2027", "Förderantrag eingereicht", "WS-001", "Verschoben")
                .contains("monat=2027-03", "monat=2027-05");
        verify(milestones)
                .list(org.mockito.ArgumentMatchers.argThat(
                        query -> List.of("2027-04-01").equals(query.get("dueFrom"))
                                && List.of("2027-04-30").equals(query.get("dueTo"))));
    }

    private static String page(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
