package de.msh.portal.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class GrantPageTests extends PortalSliceTest {

    private static final String PAGE = "/finanzen/zuwendungen/" + FinanceFixtures.GRANT;

    @BeforeEach
    void grant() {
        when(funding.grant(FinanceFixtures.GRANT)).thenReturn(FinanceFixtures.grant());
        when(funding.programmes())
                .thenReturn(List.of(new Programme(
                        "invkg-arm1",
                        "InvKG Arm 1",
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(new Programme.InvestmentArea("tourismus", 6, "Touristische Infrastruktur")))));
        when(funding.interest(eq(FinanceFixtures.GRANT), eq("RC-1"), isNull())).thenReturn(FinanceFixtures.interest());
    }

    @Test
    void showsTheDecisionItsEarlierVersionAndTheInterestWithItsRule() throws Exception {
        String page = mvc.perform(get(PAGE).with(as("auditor")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("Fassung <span>2</span>", "405.000,00\u00a0€", "90\u00a0%", "Frühere Fassungen", "300.000,00")
                .contains("249,18\u00a0€", "§ 49a Abs. 3 VwVfG: 3 Prozentpunkte über dem Basiszinssatz")
                .contains("Landkreis Mansfeld-Südharz, Gebietskörperschaft (ANBest-Gk)")
                .contains("Nr. 6: Touristische Infrastruktur")
                .doesNotContain("Mittel abrufen");
    }

    @Test
    void recordsAnApplicationWithTheRecipientsKindNameAndInvestmentArea() throws Exception {
        when(funding.apply(anyMap(), eq("key-2"))).thenReturn(FinanceFixtures.grant());

        mvc.perform(post("/finanzen/zuwendungen")
                        .param("projectId", "p-1")
                        .param("fileNumber", "IB-GK-1")
                        .param("programmePeriod", "invkg-arm1|2020-2026")
                        .param("requestedAmount", "50.000,00")
                        .param("recipientKind", "MUNICIPALITY")
                        .param("recipient", " Stadt Sangerhausen ")
                        .param("investmentArea", "tourismus")
                        .param("idempotencyKey", "key-2")
                        .with(as("finance"))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> body = ArgumentCaptor.forClass(Map.class);
        verify(funding).apply(body.capture(), eq("key-2"));
        assertThat(body.getValue())
                .containsEntry("recipientKind", "MUNICIPALITY")
                .containsEntry("recipient", "Stadt Sangerhausen")
                .containsEntry("investmentArea", "tourismus")
                .containsEntry("requestedAmount", new BigDecimal("50000.00"));
    }

    @Test
    void recordsACallAsTypedWithTheFormsKey() throws Exception {
        mvc.perform(post(PAGE + "/abruf")
                        .param("idempotencyKey", "key-1")
                        .param("revision", "7")
                        .param("trancheYear", "2026")
                        .param("amount", "60.000,00")
                        .param("day", "29.11.2026")
                        .with(as("finance"))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> body = ArgumentCaptor.forClass(Map.class);
        verify(funding).step(eq(FinanceFixtures.GRANT), eq("calls"), body.capture(), eq("key-1"));
        assertThat(body.getValue())
                .containsEntry("trancheYear", 2026)
                .containsEntry("amount", new BigDecimal("60000.00"))
                .containsEntry("calledOn", LocalDate.of(2026, 11, 29))
                .containsEntry("revision", 7L);
    }

    @Test
    void explainsARefusedCallInGermanWithTheFormOpen() throws Exception {
        doThrow(new ServiceProblem("funding", 409, "call-exceeds-tranche", "Call exceeds", List.of()))
                .when(funding)
                .step(anyString(), anyString(), anyMap(), anyString());

        String page = mvc.perform(post(PAGE + "/abruf")
                        .param("trancheYear", "2026")
                        .param("amount", "999.999,00")
                        .param("day", "29.11.2026")
                        .with(as("finance"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("Der Abruf übersteigt die Jahrestranche des Bescheids.", "<details open=\"open\">")
                .contains("value=\"999.999,00\"");
    }

    @Test
    void checksAmountsAndDaysInGermanBeforeAskingTheService() throws Exception {
        String page = mvc.perform(post(PAGE + "/weiterleitung")
                        .param("recipient", "")
                        .param("amount", "viel")
                        .param("day", "gestern")
                        .with(as("finance"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains(
                        "Bitte nennen Sie den Empfänger.",
                        "Bitte einen Betrag in Euro angeben",
                        "Bitte ein Datum im Format TT.MM.JJJJ angeben");
        verify(funding, never()).step(anyString(), anyString(), anyMap(), anyString());
    }

    @Test
    void refusesAStepToTheSteeringOffice() throws Exception {
        mvc.perform(post(PAGE + "/abruf")
                        .param("amount", "1,00")
                        .with(as("steering"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        verify(funding, never()).step(anyString(), anyString(), any(), anyString());
    }

    @Test
    void anUnknownStepIsAnUnknownPage() throws Exception {
        mvc.perform(post(PAGE + "/zaubern").with(as("finance")).with(csrf())).andExpect(status().isNotFound());
    }
}
