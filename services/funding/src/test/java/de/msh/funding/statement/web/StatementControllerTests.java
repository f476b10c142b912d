package de.msh.funding.statement.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.msh.funding.statement.application.Reconciliation;
import de.msh.funding.statement.application.StatementImport;
import de.msh.testsupport.TestTokens;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Statements over HTTP: finance staff and admins import and resolve; every staff role reads. */
@WebMvcTest(StatementController.class)
class StatementControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StatementImport imports;

    @MockitoBean
    Reconciliation reconciliation;

    @ParameterizedTest
    @ValueSource(strings = {"steering", "manager", "auditor"})
    void onlyFinanceAndAdminsImportOrResolveButAllStaffRead(String role) throws Exception {
        String token = "Bearer " + TestTokens.forRole(role);
        mvc.perform(post("/api/funding/statements")
                        .header("Authorization", token)
                        .contentType("application/xml")
                        .content("<Document/>"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/funding/statements/abc/bookings/1/resolution")
                        .header("Authorization", token)
                        .contentType("application/json")
                        .content("{\"action\":\"NOT_RELEVANT\",\"reason\":\"Gebühr\"}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(imports);
        given(reconciliation.list()).willReturn(List.of());
        given(reconciliation.worklist())
                .willReturn(new Reconciliation.Worklist(List.of(), List.of(), List.of(), List.of(), List.of()));

        mvc.perform(get("/api/funding/statements").header("Authorization", token))
                .andExpect(status().isOk());
        mvc.perform(get("/api/funding/reconciliation/worklist").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bookings").isArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"action\":\"SPLIT\"}", "{\"action\":\"GUESSED\",\"reason\":\"x\"}"})
    void aResolutionWithoutActionOrReasonIsRefusedBeforeAnythingHappens(String body) throws Exception {
        mvc.perform(post("/api/funding/statements/abc/bookings/1/resolution")
                        .header("Authorization", "Bearer " + TestTokens.forRole("finance"))
                        .contentType("application/json")
                        .content(body))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(reconciliation);
    }
}
