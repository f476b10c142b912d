package de.msh.projects.project.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.msh.projects.project.application.ProjectService;
import de.msh.projects.project.application.ReportIndicator;
import de.msh.projects.project.application.UnknownReference;
import de.msh.projects.project.domain.IndicatorContribution;
import de.msh.projects.project.domain.Phase;
import de.msh.projects.project.domain.PhaseChange;
import de.msh.projects.project.domain.Project;
import de.msh.projects.project.domain.ProjectDetails;
import de.msh.projects.project.domain.ProjectId;
import de.msh.projects.project.domain.ProjectPlan;
import de.msh.testsupport.TestTokens;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Indicator reports and study references over HTTP: roles, and the problems each rule answers with. */
@WebMvcTest(ProjectController.class)
class ProjectIndicatorControllerTests {

    static final String ID = "0b8e6d1c-3f0e-4c59-9d55-2f6f0a8f6a11";
    static final String REPORT = """
            {"value":12.5,"achievedOn":"2026-10-12","evidence":"Abnahmeprotokoll vom 12.10.2026","revision":5}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProjectService projects;

    @ParameterizedTest
    @ValueSource(strings = {"steering", "admin"})
    void letsTheSteeringOfficeAndAdminsReportAResult(String role) throws Exception {
        given(projects.reportIndicator(eq(ID), eq(5L), any())).willAnswer(call -> {
            Project project = projectInImplementation();
            ReportIndicator command = call.getArgument(2);
            project.reportIndicator(
                    command.indicator(),
                    command.value(),
                    command.achievedOn(),
                    command.evidence(),
                    command.by(),
                    Instant.now(),
                    LocalDate.of(2026, 11, 25));
            return project;
        });

        report(role, "cycle-route-km", REPORT)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.unit").value("km"))
                .andExpect(jsonPath("$.value").value(12.5))
                .andExpect(jsonPath("$.reportedBy").value(role))
                .andExpect(jsonPath("$.revision").value(6));
        verify(projects)
                .reportIndicator(
                        ID,
                        5L,
                        new ReportIndicator(
                                "cycle-route-km",
                                new BigDecimal("12.5"),
                                LocalDate.of(2026, 10, 12),
                                "Abnahmeprotokoll vom 12.10.2026",
                                role));
    }

    @ParameterizedTest
    @ValueSource(strings = {"finance", "manager", "auditor"})
    void refusesReportsByOtherRoles(String role) throws Exception {
        report(role, "cycle-route-km", REPORT)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/forbidden"));
        verify(projects, never()).reportIndicator(anyString(), any(), any());
    }

    @Test
    void namesTheFieldOfAnIncompleteOrMalformedReport() throws Exception {
        report("steering", "cycle-route-km", "{\"value\":-1,\"achievedOn\":\"2026-10-12\",\"evidence\":\"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"));
        report("steering", "cycle-route-km", "{\"value\":1,\"achievedOn\":\"2026-10-12\",\"evidence\":\" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evidence"));
        report("steering", "cycle-route-km", "{\"value\":1,\"achievedOn\":\"12.10.2026\",\"evidence\":\"x\"}")
                .andExpect(status().isBadRequest());
        verify(projects, never()).reportIndicator(anyString(), any(), any());
    }

    @Test
    void answersTheRulesOfTheDomainWithTheirOwnProblems() throws Exception {
        Project idea = project(ProjectPlan.NONE);
        given(projects.reportIndicator(eq(ID), any(), any())).willAnswer(call -> {
            ReportIndicator command = call.getArgument(2);
            idea.reportIndicator(
                    command.indicator(),
                    command.value(),
                    command.achievedOn(),
                    command.evidence(),
                    command.by(),
                    Instant.now(),
                    LocalDate.of(2026, 11, 25));
            return idea;
        });

        report("steering", "cycle-route-km", REPORT)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type")
                        .value("https://problems.msh.example/indicator-report-requires-implementation"));

        Project implementing = projectInImplementation();
        given(projects.reportIndicator(eq(ID), any(), any())).willAnswer(call -> {
            implementing.reportIndicator(
                    "jobs-created",
                    BigDecimal.ONE,
                    LocalDate.of(2026, 1, 1),
                    "x",
                    "steering",
                    Instant.now(),
                    LocalDate.of(2026, 11, 25));
            return implementing;
        });
        report("steering", "jobs-created", REPORT)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/indicator-invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("indicator"));
    }

    @Test
    void refusesAnUnknownStudyAsUnprocessableNamingTheField() throws Exception {
        given(projects.register(any(), anyString())).willThrow(UnknownReference.study("nope-1"));

        mvc.perform(post("/api/projects")
                        .header("Authorization", "Bearer " + TestTokens.forRole("steering"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"WS-009\",\"title\":\"MakerLab\",\"studyId\":\"nope-1\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/unknown-study"))
                .andExpect(jsonPath("$.errors[0].field").value("studyId"));
    }

    @Test
    void refusesMalformedTagsStudyIdsAndIndicatorsBeforeTheService() throws Exception {
        String[] bodies = {
            "{\"code\":\"WS-009\",\"title\":\"M\",\"tags\":[\"" + "x".repeat(41) + "\"]}",
            "{\"code\":\"WS-009\",\"title\":\"M\",\"studyId\":\"../../etc\"}",
            "{\"code\":\"WS-009\",\"title\":\"M\",\"indicators\":[{\"indicator\":\"Jobs!\",\"unit\":\"x\",\"planned\":1}]}",
            "{\"code\":\"WS-009\",\"title\":\"M\",\"indicators\":[{\"indicator\":\"jobs\",\"unit\":\"x\",\"planned\":-1}]}",
            "{\"code\":\"WS-009\",\"title\":\"M\",\"indicators\":[{\"indicator\":\"jobs\",\"planned\":1}]}"
        };
        for (String body : bodies) {
            mvc.perform(post("/api/projects")
                            .header("Authorization", "Bearer " + TestTokens.forRole("steering"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").exists());
        }
        verify(projects, never()).register(any(), anyString());
    }

    private ResultActions report(String role, String indicator, String body) throws Exception {
        return mvc.perform(post("/api/projects/" + ID + "/indicators/" + indicator + "/reports")
                .header("Authorization", "Bearer " + TestTokens.forRole(role))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static Project projectInImplementation() {
        Project project = project(new ProjectPlan(
                null, List.of(new IndicatorContribution("cycle-route-km", "km", new BigDecimal("42")))));
        for (Phase step : List.of(Phase.CONCEPT, Phase.APPLICATION, Phase.APPROVED, Phase.IMPLEMENTATION)) {
            project.changePhase(new PhaseChange(step, "steering", null, false), true, Instant.now());
        }
        return project;
    }

    private static Project project(ProjectPlan plan) {
        return Project.register(
                new ProjectId(ID),
                "TO-001",
                ProjectDetails.titled("Kupferspuren Radweg"),
                plan,
                Phase.IDEA,
                "steering",
                Instant.now());
    }
}
