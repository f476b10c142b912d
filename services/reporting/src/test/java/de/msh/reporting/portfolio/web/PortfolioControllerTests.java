package de.msh.reporting.portfolio.web;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.msh.events.projects.ProjectPhase;
import de.msh.reporting.portfolio.application.PortfolioService;
import de.msh.reporting.portfolio.domain.PortfolioByPhase;
import de.msh.reporting.space.Answer;
import de.msh.reporting.space.ViewsAsOf;
import de.msh.testsupport.TestTokens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PortfolioController.class)
@Import(PortfolioControllerTests.Now.class)
class PortfolioControllerTests {

    /** Every view as it stands now. */
    @TestConfiguration
    static class Now {
        @Bean
        ViewsAsOf views() {
            return new ViewsAsOf() {
                @Override
                public <T> Answer<T> answer(@Nullable Instant asOf, Supplier<T> view) {
                    return new Answer<>(view.get(), asOf, List.of());
                }
            };
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PortfolioService portfolio;

    @ParameterizedTest
    @ValueSource(strings = {"steering", "finance", "manager", "auditor", "admin"})
    void showsEveryStaffRoleTheCountsOfEveryPhaseInLifecycleOrder(String role) throws Exception {
        given(portfolio.byPhase())
                .willReturn(PortfolioByPhase.of(Map.of(ProjectPhase.IDEA, 2L, ProjectPhase.APPROVED, 1L)));

        mvc.perform(get("/api/reporting/portfolio/phases")
                        .header("Authorization", "Bearer " + TestTokens.forRole(role)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.phases.length()").value(ProjectPhase.values().length))
                .andExpect(jsonPath("$.phases[0].phase").value("IDEA"))
                .andExpect(jsonPath("$.phases[0].count").value(2))
                .andExpect(jsonPath("$.phases[1].count").value(0))
                .andExpect(jsonPath("$.phases[3].phase").value("APPROVED"))
                .andExpect(jsonPath("$.phases[3].count").value(1));
    }

    @Test
    void refusesAnonymousCallers() throws Exception {
        mvc.perform(get("/api/reporting/portfolio/phases"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/unauthenticated"));
    }

    @Test
    void offersNothingToWrite() throws Exception {
        mvc.perform(post("/api/reporting/portfolio/phases")
                        .header("Authorization", "Bearer " + TestTokens.forRole("admin")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/method-not-allowed"));
    }
}
