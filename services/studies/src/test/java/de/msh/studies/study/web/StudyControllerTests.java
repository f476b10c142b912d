package de.msh.studies.study.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.msh.studies.study.application.RegisterStudy;
import de.msh.studies.study.application.StudyService;
import de.msh.studies.study.application.UnknownProject;
import de.msh.studies.study.domain.Study;
import de.msh.testsupport.TestTokens;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The catalogue over HTTP: the role matrix and the problem each kind of bad input gets. */
@WebMvcTest({StudyController.class, RecommendationController.class})
class StudyControllerTests {

    static final String VALID = """
            {"catalogueNumber":"MRM-07","status":"COMPLETED",
             "study":{"title":"Machbarkeitsanalyse Wasserstoffnetz","kind":"FEASIBILITY_ANALYSIS","field":"ENERGY",
                      "startDate":"2021-03-01","endDate":"2021-11-30","documentLink":"https://example.org/s.pdf"}}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StudyService studies;

    @ParameterizedTest
    @ValueSource(strings = {"steering", "admin"})
    void letsTheSteeringOfficeAndAdminsRegister(String role) throws Exception {
        given(studies.register(any(), eq(role))).willAnswer(call -> study(call.getArgument(0), role));

        post("/api/studies", role, VALID)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.catalogueNumber").value("MRM-07"))
                .andExpect(jsonPath("$.study.field").value("ENERGY"))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.revision").value(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"finance", "manager", "auditor"})
    void refusesWritesByOtherRolesButLetsThemRead(String role) throws Exception {
        post("/api/studies", role, VALID).andExpect(status().isForbidden());
        post("/api/studies/s-1/recommendations", role, "{\"text\":\"x\"}").andExpect(status().isForbidden());
        mvc.perform(delete("/api/studies/s-1?reason=x").header("Authorization", "Bearer " + TestTokens.forRole(role)))
                .andExpect(status().isForbidden());
        verify(studies, never()).withdraw(anyString(), any(), anyString(), anyString());
        verify(studies, never()).register(any(), anyString());
        given(studies.list(any(), any())).willReturn(Page.empty());

        mvc.perform(get("/api/studies").header("Authorization", "Bearer " + TestTokens.forRole(role)))
                .andExpect(status().isOk());
    }

    @Test
    void namesTheFieldsOfBadInput() throws Exception {
        post(
                        "/api/studies",
                        "steering",
                        "{\"catalogueNumber\":\"MRM 07\",\"study\":{\"title\":\"\",\"kind\":\"SURVEY\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").exists());
        post("/api/studies", "steering", VALID.replace("\"ENERGY\"", "\"COAL\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/malformed-request"));
        post("/api/studies", "steering", "{\"catalogueNumber\":\"MRM-07\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("study"));
        verify(studies, never()).register(any(), anyString());
    }

    @Test
    void answersDomainRulesWithTheirProblems() throws Exception {
        post("/api/studies", "steering", VALID.replace("2021-11-30", "2020-01-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/study-invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
        given(studies.adopt(eq("s-1"), any(), eq("R-1"), eq("p-9"), anyString()))
                .willThrow(new UnknownProject("p-9"));

        post("/api/studies/s-1/recommendations/R-1/adoptions", "steering", "{\"projectId\":\"p-9\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/unknown-project"))
                .andExpect(jsonPath("$.errors[0].field").value("projectId"));
    }

    @Test
    void refusesAnUnknownStatusOrSortInTheList() throws Exception {
        String auditor = "Bearer " + TestTokens.forRole("auditor");
        mvc.perform(get("/api/studies?status=LOST").header("Authorization", auditor))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/studies?sort=secret").header("Authorization", auditor))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }

    private ResultActions post(String path, String role, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("Authorization", "Bearer " + TestTokens.forRole(role))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static Study study(RegisterStudy command, String by) {
        return Study.register("s-1", command.catalogueNumber(), command.details(), command.status(), by, Instant.now());
    }
}
