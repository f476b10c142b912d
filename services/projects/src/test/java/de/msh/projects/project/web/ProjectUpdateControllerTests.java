package de.msh.projects.project.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.msh.projects.project.application.ProjectService;
import de.msh.projects.project.domain.HandlingArea;
import de.msh.projects.project.domain.Phase;
import de.msh.projects.project.domain.Project;
import de.msh.projects.project.domain.ProjectDetails;
import de.msh.projects.project.domain.ProjectId;
import de.msh.projects.project.domain.ProjectPlan;
import de.msh.testsupport.TestTokens;
import java.time.Instant;
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

/** Updating a project's descriptive data over HTTP: roles, the required revision, field problems. */
@WebMvcTest(ProjectController.class)
class ProjectUpdateControllerTests {

    static final String ID = "0b8e6d1c-3f0e-4c59-9d55-2f6f0a8f6a11";
    static final String BODY = """
            {"revision":1,"title":"InnovationsHub FOKUS HOLZ + KLIMA","handlingArea":"VALUE_CREATION",
             "municipalities":["Südharz"],"leadOrganisation":"SEG Mansfeld-Südharz mbH"}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProjectService projects;

    @ParameterizedTest
    @ValueSource(strings = {"steering", "admin"})
    void letsTheSteeringOfficeAndAdminsUpdate(String role) throws Exception {
        given(projects.update(eq(ID), eq(1L), any(), any(), eq(role))).willAnswer(call -> {
            Project project = Project.register(
                    new ProjectId(ID),
                    "WS-002",
                    ProjectDetails.titled("InnoHub"),
                    ProjectPlan.NONE,
                    Phase.IDEA,
                    "steering",
                    Instant.now());
            project.update(call.getArgument(2), call.getArgument(3), role, Instant.now());
            return project;
        });

        update(role, BODY)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("InnovationsHub FOKUS HOLZ + KLIMA"))
                .andExpect(jsonPath("$.handlingArea").value("VALUE_CREATION"))
                .andExpect(jsonPath("$.leadOrganisation").value("SEG Mansfeld-Südharz mbH"))
                .andExpect(jsonPath("$.revision").value(2));
        verify(projects)
                .update(
                        ID,
                        1L,
                        new ProjectDetails(
                                "InnovationsHub FOKUS HOLZ + KLIMA",
                                null,
                                null,
                                HandlingArea.VALUE_CREATION,
                                List.of("Südharz"),
                                "SEG Mansfeld-Südharz mbH",
                                null,
                                List.of(),
                                null),
                        ProjectPlan.NONE,
                        role);
    }

    @ParameterizedTest
    @ValueSource(strings = {"finance", "manager", "auditor"})
    void refusesUpdatesByOtherRoles(String role) throws Exception {
        update(role, BODY).andExpect(status().isForbidden());
        verify(projects, never()).update(anyString(), anyLong(), any(), any(), anyString());
    }

    @Test
    void requiresTheRevisionTheCallerSaw() throws Exception {
        update("steering", "{\"title\":\"InnoHub\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("revision"));
        verify(projects, never()).update(anyString(), anyLong(), any(), any(), anyString());
    }

    @Test
    void namesAnUnknownHandlingAreaAndAnOversizedDescription() throws Exception {
        update("steering", "{\"revision\":1,\"title\":\"InnoHub\",\"handlingArea\":\"FORESTRY\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("handlingArea"));
        update("steering", "{\"revision\":1,\"title\":\"InnoHub\",\"description\":\"" + "x".repeat(4001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("description"));
        verify(projects, never()).update(anyString(), anyLong(), any(), any(), anyString());
    }

    private ResultActions update(String role, String body) throws Exception {
        return mvc.perform(put("/api/projects/" + ID)
                .header("Authorization", "Bearer " + TestTokens.forRole(role))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
