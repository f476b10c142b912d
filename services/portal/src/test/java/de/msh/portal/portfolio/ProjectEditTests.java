package de.msh.portal.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.msh.portal.PortalSliceTest;
import de.msh.portal.backend.ServiceProblem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ProjectEditTests extends PortalSliceTest {

    private static final String EDIT = "/projekte/" + ProjectFixtures.ID;

    private final Project withIndicator = new Project(
            ProjectFixtures.ID,
            "KUPFERSPUREN-RADWEG",
            "Kupferspuren Radweg",
            null,
            "tourismus",
            null,
            List.of("Hettstedt", "Mansfeld"),
            null,
            null,
            List.of(),
            null,
            new Project.PlannedCost(
                    new BigDecimal("1250000.00"),
                    List.of(
                            new Project.YearlyAmount(2026, new BigDecimal("250000.00")),
                            new Project.YearlyAmount(2027, new BigDecimal("1000000.00")))),
            List.of(new Project.Indicator(
                    "cycle-route-km", "km", new BigDecimal("42"), new BigDecimal("12.5"), LocalDate.of(2026, 9, 30))),
            "IMPLEMENTATION",
            "steering",
            java.time.Instant.parse("2026-01-05T09:00:00Z"),
            9);

    @BeforeEach
    void project() {
        when(projects.get(ProjectFixtures.ID)).thenReturn(ProjectFixtures.details(withIndicator));
        when(projects.strategicFields()).thenReturn(List.of(new StrategicField("tourismus", "Nachhaltiger Tourismus")));
    }

    @Test
    void fillsTheFormAsPeopleTypeIt() throws Exception {
        String page = mvc.perform(get(EDIT + "/bearbeiten").with(as("steering")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains(
                        "value=\"1.250.000,00\"",
                        "2026: 250.000,00\n2027: 1.000.000,00",
                        "value=\"Hettstedt, Mansfeld\"")
                .contains("name=\"revision\" value=\"9\"");
    }

    @Test
    void sendsTheRevisionSeenAndKeepsTheIndicatorsTheFormDoesNotShow() throws Exception {
        when(projects.update(eq(ProjectFixtures.ID), any())).thenReturn(withIndicator);

        mvc.perform(post(EDIT)
                        .param("revision", "9")
                        .param("title", "Kupferspuren Radweg (Industriekultur)")
                        .param("municipalities", "Hettstedt, Mansfeld, Klostermansfeld")
                        .param("plannedTotal", "1.250.000,00")
                        .param("yearly", "2026: 250.000,00\n2027: 1.000.000,00")
                        .with(as("steering"))
                        .with(csrf()))
                .andExpect(redirectedUrl(EDIT));

        ArgumentCaptor<ProjectRequests.Update> update = ArgumentCaptor.forClass(ProjectRequests.Update.class);
        verify(projects).update(eq(ProjectFixtures.ID), update.capture());
        assertThat(update.getValue().revision()).isEqualTo(9);
        assertThat(update.getValue().municipalities()).containsExactly("Hettstedt", "Mansfeld", "Klostermansfeld");
        assertThat(update.getValue().indicators())
                .containsExactly(new ProjectRequests.Contribution("cycle-route-km", "km", new BigDecimal("42")));
    }

    @Test
    void explainsInGermanThatSomeoneElseChangedTheProjectMeanwhile() throws Exception {
        when(projects.update(eq(ProjectFixtures.ID), any()))
                .thenThrow(new ServiceProblem("projects", 409, "stale-version", "stale", List.of()));

        String page = mvc.perform(post(EDIT)
                        .param("revision", "8")
                        .param("title", "Kupferspuren Radweg")
                        .with(as("steering"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Jemand hat das Projekt inzwischen geändert.", "value=\"Kupferspuren Radweg\"");
    }
}
