package de.msh.portal.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorklistPageTests extends PortalSliceTest {

    private static final String RESOLVE = "/finanzen/kontoauszuege/" + FinanceFixtures.STATEMENT + "/buchungen/4";

    @BeforeEach
    void worklist() {
        when(funding.worklist()).thenReturn(FinanceFixtures.worklist());
        when(funding.grants(null)).thenReturn(List.of(FinanceFixtures.summary()));
    }

    @Test
    void showsEachOpenBookingWithItsFormToFinance() throws Exception {
        String page = page("finance");

        assertThat(page)
                .contains("Ohne Aktenzeichen", "Kein Aktenzeichen einer Zuwendung im Verwendungszweck", "75.000,00")
                .contains("Nicht förderrelevant", "Erledigen");
    }

    @Test
    void showsTheWorklistWithoutFormsToAuditors() throws Exception {
        assertThat(page("auditor")).contains("75.000,00").doesNotContain("Erledigen");
    }

    @Test
    void assignsABookingByFileNumberWithTheFormsKey() throws Exception {
        when(funding.resolve(eq(FinanceFixtures.STATEMENT), eq(4), any(), eq("key-1")))
                .thenReturn(FinanceFixtures.openBooking());

        mvc.perform(post(RESOLVE)
                        .param("idempotencyKey", "key-1")
                        .param("action", "ASSIGNED")
                        .param("parts", "DEMO-IB-2024-0001; C-1; 75.000,00")
                        .param("reason", "Abruf C-1 laut Avis")
                        .with(as("finance"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/finanzen/arbeitsliste"));

        verify(funding)
                .resolve(
                        FinanceFixtures.STATEMENT,
                        4,
                        new Statements.ResolutionRequest(
                                "ASSIGNED",
                                List.of(new Statements.Part(FinanceFixtures.GRANT, "C-1", new BigDecimal("75000.00"))),
                                "Abruf C-1 laut Avis"),
                        "key-1");
    }

    @Test
    void asksForAReasonInGermanBeforeAskingTheService() throws Exception {
        String page = mvc.perform(post(RESOLVE)
                        .param("action", "NOT_RELEVANT")
                        .param("reason", " ")
                        .with(as("finance"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Bitte begründen Sie die Entscheidung.");
        verify(funding, never()).resolve(anyString(), anyInt(), any(), anyString());
    }

    @Test
    void namesTheSettlementABookingAlreadyHas() throws Exception {
        when(funding.resolve(anyString(), anyInt(), any(), anyString()))
                .thenThrow(new ServiceProblem(
                        "funding",
                        409,
                        "booking-settled",
                        "Buchung AUSZUG-2026-10/4 ist bereits zugeordnet: 75.000,00 EUR an DEMO-IB-2024-0001 C-1 (von finance)",
                        List.of()));

        String page = mvc.perform(post(RESOLVE)
                        .param("action", "NOT_RELEVANT")
                        .param("reason", "Rückbuchung")
                        .with(as("finance"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("Diese Buchung ist inzwischen erledigt: Buchung AUSZUG-2026-10/4 ist bereits zugeordnet");
    }

    @Test
    void releasesAnUnbackedCommitmentOnce() throws Exception {
        mvc.perform(post("/finanzen/zuwendungen/" + FinanceFixtures.GRANT + "/bindung-freigeben")
                        .param("idempotencyKey", "key-9")
                        .with(as("finance"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/finanzen/arbeitsliste"));

        verify(funding).releaseCommitment(FinanceFixtures.GRANT, "key-9");
    }

    private String page(String role) throws Exception {
        return mvc.perform(get("/finanzen/arbeitsliste").with(as(role)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
