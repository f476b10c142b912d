package de.msh.portal.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.msh.portal.PortalSliceTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.util.MultiValueMap;

class PortfolioBoardTests extends PortalSliceTest {

    @BeforeEach
    void portfolio() {
        when(projects.strategicFields()).thenReturn(List.of(new StrategicField("energie", "Energie")));
        when(projects.list(any()))
                .thenReturn(ProjectFixtures.pageOf(
                        List.of(ProjectFixtures.project("GP-MSH2", "Green Power MSH₂", "IDEA"))));
    }

    @Test
    void showsAColumnPerPhaseInGerman() throws Exception {
        String page = mvc.perform(get("/projekte").with(as("steering")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("<html lang=\"de\"", "Idee", "Konzept", "Antrag", "Bewilligt", "Umsetzung")
                .contains("Abgeschlossen", "Zurückgestellt", "Abgebrochen", "Green Power MSH₂");
    }

    @Test
    void passesTheFiltersOfTheAddressToTheProjectsService() throws Exception {
        mvc.perform(get("/projekte")
                        .param("feld", "energie")
                        .param("gemeinde", "Sangerhausen")
                        .param("leitung", "Frau Beispiel")
                        .param("schlagwort", "Demodaten")
                        .param("suche", "Wasserstoff")
                        .param("phase", "CONCEPT")
                        .with(as("manager")))
                .andExpect(status().isOk());

        @SuppressWarnings("unchecked")
        ArgumentCaptor<MultiValueMap<String, String>> query = ArgumentCaptor.forClass(MultiValueMap.class);
        verify(projects).list(query.capture());
        assertThat(query.getValue().toSingleValueMap())
                .containsEntry("strategicField", "energie")
                .containsEntry("municipality", "Sangerhausen")
                .containsEntry("projectManager", "Frau Beispiel")
                .containsEntry("tag", "Demodaten")
                .containsEntry("q", "Wasserstoff")
                .containsEntry("phase", "CONCEPT");
    }

    @Test
    void keepsTheFiltersInTheLinksSoAViewCanBeShared() throws Exception {
        Project one = ProjectFixtures.project("GP-MSH2", "Green Power MSH₂", "IDEA");
        when(projects.list(any())).thenReturn(new ProjectPage(List.of(one), 0, 8, 30, 4));

        String page = mvc.perform(get("/projekte").param("feld", "energie").with(as("auditor")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("href=\"/projekte?feld=energie&amp;phase=IDEA\"", "Alle 30 anzeigen");
    }

    @Test
    void answersHtmxWithTheResultsAlone() throws Exception {
        String fragment = mvc.perform(
                        get("/projekte").header("HX-Request", "true").with(as("steering")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(fragment).contains("id=\"ergebnisse\"").doesNotContain("<html", "Hauptnavigation");
    }
}
