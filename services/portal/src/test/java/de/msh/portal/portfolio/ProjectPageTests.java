package de.msh.portal.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.msh.portal.PortalSliceTest;
import de.msh.portal.backend.ServiceProblem;
import de.msh.portal.finance.Programme;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectPageTests extends PortalSliceTest {

    private final Project hostile =
            ProjectFixtures.project("GP-MSH2", "<script>alert(1)</script> Green Power MSH₂", "IDEA");

    @BeforeEach
    void project() {
        when(projects.get(ProjectFixtures.ID)).thenReturn(ProjectFixtures.details(hostile));
        when(projects.strategicFields()).thenReturn(List.of(new StrategicField("energie", "Energie")));
        when(funding.grants(ProjectFixtures.ID)).thenReturn(List.of());
    }

    @Test
    void showsTextFromPeopleExactlyAndEscaped() throws Exception {
        String page = page("/projekte/" + ProjectFixtures.ID, "manager");

        assertThat(page)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; Green Power MSH₂")
                .doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void writesMoneyAndDatesInGerman() throws Exception {
        String page = page("/projekte/" + ProjectFixtures.ID, "manager");

        assertThat(page).contains("1.234.567,89\u00a0€", "29.11.2026, 11:15 Uhr", "Registriert");
    }

    @Test
    void offersFinanceEveryFundingPeriodEvenWhereTheEnvelopeCoversTheWholeProgramme() throws Exception {
        // the InvKG's envelope has no period of its own: the periods come from the programme
        when(funding.programmes())
                .thenReturn(List.of(new Programme(
                        "invkg-arm1",
                        "InvKG Arm 1",
                        null,
                        null,
                        List.of(
                                new Programme.Period("2020-2026", 2020, 2026),
                                new Programme.Period("2027-2032", 2027, 2032)),
                        List.of(new Programme.Envelope(
                                null,
                                java.math.BigDecimal.TEN,
                                java.math.BigDecimal.ZERO,
                                java.math.BigDecimal.TEN,
                                "EUR",
                                "Demodaten",
                                true)),
                        List.of(new Programme.InvestmentArea("verkehr", 2, "Verkehr")))));

        String page = page("/projekte/" + ProjectFixtures.ID, "finance");

        assertThat(page)
                .contains("value=\"invkg-arm1|2020-2026\"", "InvKG Arm 1, 2027-2032")
                .contains("Zuwendungsempfänger", "Gebietskörperschaft (Gemeinde, Landkreis)")
                .contains("Name des Zuwendungsempfängers", "value=\"verkehr\"", "Nr. 2: Verkehr");
    }

    @Test
    void offersNoChangesToManagers() throws Exception {
        String page = page("/projekte/" + ProjectFixtures.ID, "manager");

        assertThat(page).doesNotContain("Phase wechseln", "Projekt bearbeiten", "Neues Projekt");
    }

    @Test
    void refusesTheRegisterFormToAManagerWithAGermanPage() throws Exception {
        String page = mvc.perform(get("/projekte/neu").with(as("manager")))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Keine Berechtigung").doesNotContain("Exception", "at de.msh");
    }

    @Test
    void checksTheFormInGermanBeforeAskingTheService() throws Exception {
        String page = mvc.perform(post("/projekte")
                        .param("code", "kaputt")
                        .param("title", "")
                        .param("plannedTotal", "1.5")
                        .with(as("steering"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("2 bis 20 Großbuchstaben", "Bitte geben Sie einen Titel an.", "Bitte einen Betrag in Euro")
                .contains("aria-invalid=\"true\"", "aria-describedby=\"code-fehler\"");
        verifyNoInteractions(funding);
        verify(projects, org.mockito.Mockito.never()).register(any(), anyString());
    }

    @Test
    void registersWithTheFormsKeySoASecondPressChangesNothing() throws Exception {
        when(projects.register(any(), eq("key-1"))).thenReturn(hostile);

        mvc.perform(post("/projekte")
                        .param("idempotencyKey", "key-1")
                        .param("code", "GP-MSH2")
                        .param("title", "Green Power MSH₂")
                        .param("plannedTotal", "1.234.567,89")
                        .param("yearly", "2026: 1.234.567,89")
                        .with(as("steering"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/projekte/" + ProjectFixtures.ID));
    }

    @Test
    void showsATakenCodeNextToTheCodeField() throws Exception {
        when(projects.register(any(), anyString()))
                .thenThrow(new ServiceProblem("projects", 409, "duplicate", "This already exists", List.of()));

        String page = mvc.perform(post("/projekte")
                        .param("code", "GP-MSH2")
                        .param("title", "Green Power")
                        .with(as("steering"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("id=\"code-fehler\"", "Dieses Kürzel ist bereits vergeben.");
    }

    @Test
    void explainsARefusedGateInGermanNextToTheControl() throws Exception {
        when(projects.changePhase(eq(ProjectFixtures.ID), any(), anyString()))
                .thenThrow(new ServiceProblem(
                        "projects", 409, "approval-requires-funding-decision", "Approved needs …", List.of()));

        String fragment = mvc.perform(post("/projekte/" + ProjectFixtures.ID + "/phase")
                        .param("to", "APPROVED")
                        .header("HX-Request", "true")
                        .with(as("steering"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(fragment)
                .contains("id=\"to-fehler\"", "setzt einen positiven Förderbescheid voraus")
                .doesNotContain("<html");
    }

    @Test
    void withoutScriptARefusedGateComesBackAsTheWholePage() throws Exception {
        when(projects.changePhase(eq(ProjectFixtures.ID), any(), anyString()))
                .thenThrow(new ServiceProblem("projects", 409, "phase-transition-not-allowed", "No", List.of()));

        String page = mvc.perform(post("/projekte/" + ProjectFixtures.ID + "/phase")
                        .param("to", "COMPLETED")
                        .with(as("steering"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("<html", "nach den Phasenregeln nicht zulässig");
    }

    @Test
    void sendsHtmxToTheProjectPageAfterAPhaseChange() throws Exception {
        when(projects.changePhase(eq(ProjectFixtures.ID), any(), anyString())).thenReturn(hostile);

        mvc.perform(post("/projekte/" + ProjectFixtures.ID + "/phase")
                        .param("to", "CONCEPT")
                        .header("HX-Request", "true")
                        .with(as("steering"))
                        .with(csrf()))
                .andExpect(header().string("HX-Redirect", "/projekte/" + ProjectFixtures.ID));
    }

    @Test
    void refusesAFormWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/projekte/" + ProjectFixtures.ID + "/phase")
                        .param("to", "CONCEPT")
                        .with(as("steering")))
                .andExpect(status().isForbidden());
        verify(projects, org.mockito.Mockito.never()).changePhase(anyString(), any(), anyString());
    }

    private String page(String path, String role) throws Exception {
        return mvc.perform(get(path).with(as(role)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
