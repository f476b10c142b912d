package de.msh.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import de.msh.portal.dashboard.DashboardReporting;
import de.msh.portal.finance.FundingClient;
import de.msh.portal.milestones.MilestonesClient;
import de.msh.portal.portfolio.ProjectsClient;
import de.msh.portal.portfolio.StudyNames;
import de.msh.portal.start.ReportingClient;
import de.msh.portal.studies.ProjectNames;
import de.msh.portal.studies.StudiesClient;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The portal's pages with the services stubbed: one context for every slice test, so each class extends this one
 * and adds no beans of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class PortalSliceTest {

    @Autowired
    protected MockMvc mvc;

    @MockitoBean
    protected ProjectsClient projects;

    @MockitoBean
    protected FundingClient funding;

    @MockitoBean
    protected ReportingClient reporting;

    @MockitoBean
    protected StudiesClient studies;

    @MockitoBean
    protected DashboardReporting dashboard;

    @MockitoBean
    protected ProjectNames projectNames;

    @MockitoBean
    protected StudyNames studyNames;

    @MockitoBean
    protected MilestonesClient milestones;

    @MockitoBean
    protected de.msh.portal.milestones.ProjectNames milestoneProjectNames;

    @MockitoBean
    protected de.msh.portal.reports.StatusReportsClient statusReports;

    @MockitoBean
    protected de.msh.portal.reports.ReportDraftsClient reportDrafts;

    /** A person logged in through the auth server with one staff role, as the ID token says. */
    protected static RequestPostProcessor as(String role) {
        return oidcLogin()
                .idToken(token -> token.claim("preferred_username", role).claim("roles", List.of(role)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
