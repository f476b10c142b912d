package de.msh.portal.studies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.msh.portal.PortalSliceTest;
import de.msh.portal.backend.ServiceProblem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

class StudiesPagesTests extends PortalSliceTest {

    private static final byte[] CSV = "catalogueNumber;title\nS-01;Wasserstoff".getBytes(StandardCharsets.UTF_8);

    @Test
    void showsAStudysRecommendationsAndTheProjectsCarryingThemOut() throws Exception {
        Study study = new Study(
                "s-1",
                "MMD-07",
                new Study.Details(
                        "Wasserstoffnetz Mitteldeutschland",
                        "FEASIBILITY_ANALYSIS",
                        "ENERGY",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                "COMPLETED",
                new Study.Realisation(Map.of("ADOPTED", 1), new BigDecimal("0.5")),
                "steering",
                Instant.parse("2026-11-01T10:00:00Z"),
                3);
        when(studies.get("s-1"))
                .thenReturn(new Study.WithRecommendations(
                        study,
                        List.of(new Study.Recommendation(
                                "R-1", "Ein Elektrolyseur je Landkreis", "ADOPTED", List.of("p-1"), null)),
                        List.of()));
        when(projectNames.get("p-1"))
                .thenReturn(new ProjectNames.Named(new ProjectNames.Named.Project(
                        "p-1", "GP-MSH2", "Netzwerk Green Power MSH₂", "IMPLEMENTATION")));

        String page = mvc.perform(get("/studien/s-1").with(as("manager")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("Wasserstoffnetz Mitteldeutschland", "Machbarkeitsanalyse", "Übernommen", "50\u00a0%")
                .contains("GP-MSH2: Netzwerk Green Power MSH₂", "href=\"/projekte/p-1\"", "Umsetzung");
    }

    @Test
    void listsEveryRefusedCellOfACatalogueInGerman() throws Exception {
        when(studies.importCatalogue(eq("text/csv"), any(), anyString()))
                .thenThrow(new ServiceProblem(
                        "studies",
                        422,
                        "catalogue-invalid",
                        "2 problem(s) in the catalogue; nothing was imported",
                        List.of(
                                new ServiceProblem.FieldError("status", "'begonnen' is not valid: unknown value", 3),
                                new ServiceProblem.FieldError("catalogueNumber", "Also in row 2", 4))));

        String page = mvc.perform(multipart("/studien/import")
                        .file(new MockMultipartFile("datei", "katalog.csv", "text/csv", CSV))
                        .param("idempotencyKey", "key-1")
                        .with(as("steering"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("Der Katalog enthält Fehler; nichts wurde übernommen.")
                .contains("„begonnen“ ist ungültig; unbekannter Wert.", "Die Katalognummer steht auch in Zeile 2.")
                .doesNotContain("is not valid", "Also in row");
    }

    @Test
    void saysWhatAnImportDid() throws Exception {
        when(studies.importCatalogue(eq("text/csv"), eq(CSV), eq("key-2")))
                .thenReturn(new Study.ImportResult(2, 1, 22));

        String page = mvc.perform(multipart("/studien/import")
                        .file(new MockMultipartFile("datei", "katalog.csv", "text/csv", CSV))
                        .param("idempotencyKey", "key-2")
                        .with(as("steering"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Übernommen: 2 neu, 1 geändert, 22 unverändert.");
    }

    @Test
    void refusesTheImportToFinance() throws Exception {
        mvc.perform(multipart("/studien/import")
                        .file(new MockMultipartFile("datei", "katalog.csv", "text/csv", CSV))
                        .param("idempotencyKey", "key-3")
                        .with(as("finance"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        verify(studies, never()).importCatalogue(anyString(), any(), anyString());
    }
}
