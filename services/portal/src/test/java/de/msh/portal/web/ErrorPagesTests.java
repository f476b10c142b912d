package de.msh.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.msh.portal.PortalSliceTest;
import de.msh.portal.backend.ServiceFailed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.ResourceAccessException;

class ErrorPagesTests extends PortalSliceTest {

    @Test
    void aFailedServiceGivesAGermanPageWithAReferenceAndNoStackTrace() throws Exception {
        when(reporting.portfolio()).thenThrow(new ServiceFailed("reporting", "answered 500"));

        String page = mvc.perform(get("/").with(as("manager")))
                .andExpect(status().isBadGateway())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("Technischer Fehler", "Referenz")
                .containsPattern("MSH-[0-9A-F]{10}")
                .doesNotContain("ServiceFailed", "at de.msh", "answered 500");
    }

    @Test
    void anUnreachableServiceToo() throws Exception {
        when(projects.list(any())).thenThrow(new ResourceAccessException("refused", new IOException("refused")));

        mvc.perform(get("/projekte").with(as("manager"))).andExpect(status().isBadGateway());
    }

    @Test
    void aPageThatDoesNotExistIsAGerman404() throws Exception {
        mvc.perform(get("/gibt-es-nicht").with(as("manager"))).andExpect(status().isNotFound());
    }

    @Test
    void everyPageForbidsInlineScriptThroughItsContentSecurityPolicy() throws Exception {
        mvc.perform(get("/abgemeldet"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.allOf(
                                        org.hamcrest.Matchers.containsString("script-src 'self';"),
                                        org.hamcrest.Matchers.containsString("style-src 'self';"),
                                        org.hamcrest.Matchers.containsString(
                                                "form-action 'self' http://localhost:9000"))));
    }

    @Test
    void sendsPeopleWhoAreNotLoggedInToTheAuthServer() throws Exception {
        String location = mvc.perform(get("/projekte").accept("text/html"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(location).endsWith("/oauth2/authorization/msh");
    }
}
