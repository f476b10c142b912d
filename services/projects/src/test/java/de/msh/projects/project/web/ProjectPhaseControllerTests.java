package de.msh.projects.project.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.msh.projects.project.application.ProjectNotFound;
import de.msh.projects.project.application.ProjectService;
import de.msh.projects.project.domain.Phase;
import de.msh.projects.project.domain.PhaseChange;
import de.msh.projects.project.domain.Project;
import de.msh.projects.project.domain.ProjectDetails;
import de.msh.projects.project.domain.ProjectId;
import de.msh.projects.project.domain.ProjectPlan;
import de.msh.testsupport.TestTokens;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Phase changes and the single-project view over HTTP: roles, the override right and the rule problems. */
@WebMvcTest(ProjectController.class)
class ProjectPhaseControllerTests {

    static final String ID = "0b8e6d1c-3f0e-4c59-9d55-2f6f0a8f6a11";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProjectService projects;

    @ParameterizedTest
    @ValueSource(strings = {"steering", "admin"})
    void letsTheSteeringOfficeAndAdminsChangeThePhase(String role) throws Exception {
        Project project = project();
        given(projects.changePhase(eq(ID), eq(1L), any())).willAnswer(call -> {
            project.changePhase(call.getArgument(2), false, Instant.now());
            return project;
        });

        changePhase(role, "{\"to\":\"CONCEPT\",\"revision\":1}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phase").value("CONCEPT"));
        verify(projects).changePhase(ID, 1L, new PhaseChange(Phase.CONCEPT, role, null, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"finance", "manager", "auditor"})
    void refusesPhaseChangesByOtherRoles(String role) throws Exception {
        changePhase(role, "{\"to\":\"CONCEPT\"}").andExpect(status().isForbidden());
        verify(projects, never()).changePhase(any(), any(), any());
    }

    @Test
    void leavesGateOverridesToAdmins() throws Exception {
        changePhase("steering", "{\"to\":\"APPROVED\",\"reason\":\"x\",\"overrideGate\":true}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/forbidden"));
        verify(projects, never()).changePhase(any(), any(), any());
    }

    @Test
    void answersARefusedChangeWith409NamingTheRule() throws Exception {
        given(projects.changePhase(eq(ID), any(), any())).willAnswer(call -> {
            project().changePhase(call.getArgument(2), false, Instant.now());
            return null;
        });

        changePhase("steering", "{\"to\":\"APPROVED\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/phase-transition-not-allowed"))
                .andExpect(jsonPath("$.rule").value("phase-transition-not-allowed"));
    }

    @Test
    void answersAnUnknownProjectWith404() throws Exception {
        given(projects.changePhase(eq(ID), any(), any())).willThrow(new ProjectNotFound(ID));
        given(projects.get(ID)).willThrow(new ProjectNotFound(ID));

        changePhase("steering", "{\"to\":\"CONCEPT\"}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/not-found"));
        mvc.perform(get("/api/projects/" + ID).header("Authorization", "Bearer " + TestTokens.forRole("auditor")))
                .andExpect(status().isNotFound());
    }

    @Test
    void namesAMissingOrUnknownTargetPhase() throws Exception {
        changePhase("steering", "{\"reason\":\"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        changePhase("steering", "{\"to\":\"SOMEWHERE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        verify(projects, never()).changePhase(any(), any(), any());
    }

    @Test
    void showsEveryStaffRoleAProjectWithItsHistory() throws Exception {
        Project project = project();
        project.changePhase(
                new PhaseChange(Phase.CONCEPT, "steering", "Konzept beauftragt", false), false, Instant.now());
        given(projects.get(ID)).willReturn(project);

        mvc.perform(get("/api/projects/" + ID).header("Authorization", "Bearer " + TestTokens.forRole("finance")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.project.phase").value("CONCEPT"))
                .andExpect(jsonPath("$.history.length()").value(2))
                .andExpect(jsonPath("$.history[1].by").value("steering"))
                .andExpect(jsonPath("$.history[1].detail").value("IDEA -> CONCEPT"))
                .andExpect(jsonPath("$.history[1].reason").value("Konzept beauftragt"));
    }

    private ResultActions changePhase(String role, String body) throws Exception {
        return mvc.perform(post("/api/projects/" + ID + "/phase")
                .header("Authorization", "Bearer " + TestTokens.forRole(role))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static Project project() {
        return Project.register(
                new ProjectId(ID),
                "WS-001",
                ProjectDetails.titled("MakerLab Eisleben"),
                ProjectPlan.NONE,
                Phase.IDEA,
                "steering",
                Instant.now());
    }
}
