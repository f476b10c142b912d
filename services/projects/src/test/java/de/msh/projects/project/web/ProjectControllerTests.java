package de.msh.projects.project.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.msh.projects.project.application.ProjectService;
import de.msh.projects.project.application.RegisterProject;
import de.msh.projects.project.domain.Phase;
import de.msh.projects.project.domain.Project;
import de.msh.projects.project.domain.ProjectFilter;
import de.msh.projects.project.domain.ProjectId;
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

/** The role matrix and the problem responses of {@code /api/projects}. */
@WebMvcTest(ProjectController.class)
class ProjectControllerTests {

    static final String VALID = """
            {"code":"WS-001","title":"MakerLab Eisleben","strategicField":"wertschoepfung",
             "municipalities":["Lutherstadt Eisleben"]}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProjectService projects;

    @ParameterizedTest
    @ValueSource(strings = {"steering", "admin"})
    void letsTheSteeringOfficeAndAdminsRegister(String role) throws Exception {
        given(projects.register(any(), anyString()))
                .willAnswer(call -> project(call.getArgument(0), call.getArgument(1)));

        register(role, VALID)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/projects/")))
                .andExpect(jsonPath("$.code").value("WS-001"))
                .andExpect(jsonPath("$.phase").value("IDEA"))
                .andExpect(jsonPath("$.registeredBy").value(role));
    }

    @ParameterizedTest
    @ValueSource(strings = {"finance", "manager", "auditor"})
    void refusesRegistrationByOtherRoles(String role) throws Exception {
        register(role, VALID)
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/forbidden"));
        verify(projects, never()).register(any(), anyString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"steering", "finance", "manager", "auditor", "admin"})
    void letsEveryStaffRoleList(String role) throws Exception {
        given(projects.list(any(), any())).willReturn(Page.empty());

        mvc.perform(get("/api/projects").header("Authorization", "Bearer " + TestTokens.forRole(role)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void refusesAnonymousCallersWith401Problem() throws Exception {
        mvc.perform(get("/api/projects"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/unauthenticated"));
    }

    @Test
    void namesEveryInvalidFieldAndStoresNothing() throws Exception {
        register("steering", "{\"code\":\"lower case\",\"title\":\"\",\"municipalities\":[\"\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/validation-failed"))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("code", "municipalities[0]", "title")));
        verify(projects, never()).register(any(), anyString());
    }

    @Test
    void refusesAnOversizedTitle() throws Exception {
        register("steering", "{\"code\":\"WS-001\",\"title\":\"" + "x".repeat(201) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
    }

    @Test
    void namesAnUnknownPhase() throws Exception {
        register("steering", "{\"code\":\"WS-001\",\"title\":\"MakerLab\",\"phase\":\"DREAMING\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/malformed-request"))
                .andExpect(jsonPath("$.errors[0].field").value("phase"));
        verify(projects, never()).register(any(), anyString());
    }

    @Test
    void refusesAPageSizeBeyondTheLimit() throws Exception {
        mvc.perform(get("/api/projects?size=5000").header("Authorization", "Bearer " + TestTokens.forRole("auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/validation-failed"));
    }

    @Test
    void passesTheFiltersAndTheSortOrderToTheList() throws Exception {
        given(projects.list(any(), any())).willReturn(Page.empty());

        mvc.perform(get("/api/projects?phase=CONCEPT&municipality=Sangerhausen&sort=-title")
                        .param("q", " rad ")
                        .header("Authorization", "Bearer " + TestTokens.forRole("auditor")))
                .andExpect(status().isOk());

        verify(projects)
                .list(
                        org.mockito.ArgumentMatchers.eq(
                                new ProjectFilter(Phase.CONCEPT, null, "Sangerhausen", null, null, "rad")),
                        org.mockito.ArgumentMatchers.argThat(page ->
                                page.getSort().getOrderFor("details.title").isDescending()
                                        // the tie-break goes the same way, so the index (title, _id) serves it
                                        && page.getSort().getOrderFor("_id").isDescending()));
    }

    @Test
    void refusesAnUnknownSortFieldOrPhaseInTheList() throws Exception {
        String auditor = "Bearer " + TestTokens.forRole("auditor");
        mvc.perform(get("/api/projects?sort=secret").header("Authorization", auditor))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/validation-failed"));
        mvc.perform(get("/api/projects?phase=DREAMING").header("Authorization", auditor))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phase"));
    }

    private ResultActions register(String role, String body) throws Exception {
        return mvc.perform(post("/api/projects")
                .header("Authorization", "Bearer " + TestTokens.forRole(role))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static Project project(RegisterProject command, String by) {
        return Project.register(
                ProjectId.next(),
                command.code(),
                command.details(),
                command.plan(),
                command.phase(),
                by,
                Instant.now());
    }
}
