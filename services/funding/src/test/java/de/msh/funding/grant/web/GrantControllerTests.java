package de.msh.funding.grant.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.msh.funding.grant.application.GrantService;
import de.msh.funding.grant.application.UnbackedCommitments;
import de.msh.funding.grant.application.UnknownReference;
import de.msh.funding.grant.domain.GrantRuleViolated;
import de.msh.funding.programme.domain.EnvelopeExceeded;
import de.msh.testsupport.TestTokens;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Grants over HTTP: only finance staff and admins write, and each money rule answers with its own problem. */
@WebMvcTest(GrantController.class)
class GrantControllerTests {

    static final String APPLY = """
            {"projectId":"p-1","fileNumber":"IB-R2038-2026-0042","programme":"invkg-arm1","period":"2020-2026",
             "requestedAmount":1400000.00}""";
    static final String APPROVE = """
            {"amount":900000.00,"rate":0.9,"eligibleCosts":1000000.00,"decidedOn":"2026-03-02",
             "tranches":[{"year":2026,"amount":900000.00}]}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    GrantService grants;

    @MockitoBean
    UnbackedCommitments unbacked;

    @ParameterizedTest
    @ValueSource(strings = {"steering", "manager", "auditor"})
    void refusesWritesByOtherRolesButLetsThemRead(String role) throws Exception {
        post("/api/funding/grants", role, APPLY).andExpect(status().isForbidden());
        post("/api/funding/grants/g-1/approval", role, APPROVE).andExpect(status().isForbidden());
        verify(grants, never()).apply(any(), anyString());
        given(grants.list(any())).willReturn(List.of());

        mvc.perform(get("/api/funding/grants").header("Authorization", "Bearer " + TestTokens.forRole(role)))
                .andExpect(status().isOk());
    }

    static Stream<Arguments> lifecycleWrites() {
        return Stream.of(
                Arguments.of(
                        "/api/funding/grants/g-1/amendments",
                        APPROVE.substring(0, APPROVE.length() - 1) + ",\"reason\":\"Mehrkosten\"}"),
                Arguments.of("/api/funding/grants/g-1/calls", """
                        {"trancheYear":2026,"amount":400000.00,"calledOn":"2026-04-01"}"""),
                Arguments.of("/api/funding/grants/g-1/receipts", """
                        {"callId":"C-1","amount":400000.00,"receivedOn":"2026-04-14"}"""),
                Arguments.of("/api/funding/grants/g-1/disbursements", """
                        {"recipient":"Lutherstadt Eisleben","amount":250000.00,"disbursedOn":"2026-04-20"}"""),
                Arguments.of("/api/funding/grants/g-1/proofs/interim-2026/acceptance", """
                        {"submittedOn":"2027-04-28","acceptedOn":"2027-05-20","provenAmount":380000.00}"""),
                Arguments.of("/api/funding/grants/g-1/reclaims", """
                        {"amount":20000.00,"effectiveFrom":"2026-04-14","decidedOn":"2026-11-02","revoke":false,
                         "reason":"nicht zuwendungsfähig"}"""),
                Arguments.of("/api/funding/grants/g-1/reclaims/RF-1/repayment", """
                        {"paidOn":"2026-11-20"}"""),
                Arguments.of("/api/funding/grants/g-1/closure", """
                        {"closedOn":"2026-11-20"}"""));
    }

    @ParameterizedTest
    @MethodSource("lifecycleWrites")
    void everyLifecycleStepIsForFinanceAndAdminsOnly(String path, String body) throws Exception {
        for (String role : List.of("steering", "manager", "auditor")) {
            post(path, role, body).andExpect(status().isForbidden());
        }
        verifyNoInteractions(grants);
    }

    @ParameterizedTest
    @MethodSource("lifecycleWrites")
    void everyLifecycleStepRefusesAnEmptyBodyNamingAField(String path) throws Exception {
        post(path, "finance", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").isString());
        verifyNoInteractions(grants);
    }

    @Test
    void aCallBeyondTheTrancheIsAConflictNamingTheRule() throws Exception {
        given(grants.callFunds(eq("g-1"), any(), any(), eq("finance")))
                .willThrow(new GrantRuleViolated(GrantRuleViolated.CALL_EXCEEDS_TRANCHE, "100.00 EUR left"));

        post("/api/funding/grants/g-1/calls", "finance", """
                        {"trancheYear":2026,"amount":400000.00,"calledOn":"2026-04-01"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/call-exceeds-tranche"));
    }

    @Test
    void namesTheFieldsOfMalformedMoney() throws Exception {
        post("/api/funding/grants", "finance", APPLY.replace("1400000.00", "-5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requestedAmount"));
        post("/api/funding/grants", "finance", APPLY.replace("1400000.00", "10.001"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requestedAmount"));
        post(
                        "/api/funding/grants/g-1/approval",
                        "finance",
                        APPROVE.replace("\"tranches\":[{\"year\":2026,\"amount\":900000.00}]", "\"tranches\":[]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tranches"));
        verify(grants, never()).apply(any(), anyString());
    }

    @Test
    void answersTheRulesWithTheirProblems() throws Exception {
        given(grants.apply(any(), eq("finance"))).willThrow(UnknownReference.project("p-1"));
        given(grants.approve(eq("g-1"), any(), any(), eq("admin")))
                .willThrow(new EnvelopeExceeded("8900000.00 EUR left"));

        post("/api/funding/grants", "finance", APPLY)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/unknown-project"))
                .andExpect(jsonPath("$.errors[0].field").value("projectId"));
        post("/api/funding/grants/g-1/approval", "admin", APPROVE)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/envelope-exceeded"));
    }

    private ResultActions post(String path, String role, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("Authorization", "Bearer " + TestTokens.forRole(role))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
