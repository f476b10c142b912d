package de.msh.portal.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.msh.portal.PortalSliceTest;
import de.msh.portal.backend.ServiceProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockMultipartFile;

class StatementPagesTests extends PortalSliceTest {

    private static final byte[] CAMT = "<Document/>".getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void statements() {
        when(funding.statements()).thenReturn(List.of(FinanceFixtures.overview(4)));
    }

    @Test
    void importsACamtFileWithTheFormsKeyAndShowsTheStatement() throws Exception {
        when(funding.importStatement(eq("application/xml"), eq(CAMT), eq("key-1")))
                .thenReturn(ResponseEntity.status(201).body(List.of(FinanceFixtures.overview(4))));

        mvc.perform(multipart("/finanzen/kontoauszuege")
                        .file(new MockMultipartFile("datei", "auszug.xml", "text/xml", CAMT))
                        .param("idempotencyKey", "key-1")
                        .with(as("finance"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/finanzen/kontoauszuege/" + FinanceFixtures.STATEMENT))
                .andExpect(flash().attribute("notice", "Kontoauszug eingelesen: 6 Buchungen, davon 4 offen."));
    }

    @Test
    void saysSoWhenTheStatementWasImportedBefore() throws Exception {
        when(funding.importStatement(anyString(), any(), anyString()))
                .thenReturn(ResponseEntity.ok(List.of(FinanceFixtures.overview(4))));

        mvc.perform(multipart("/finanzen/kontoauszuege")
                        .file(new MockMultipartFile("datei", "auszug.csv", "application/octet-stream", CAMT))
                        .param("idempotencyKey", "key-2")
                        .with(as("finance"))
                        .with(csrf()))
                .andExpect(flash().attribute(
                                "notice", "Dieser Kontoauszug war bereits eingelesen; nichts wurde verändert."));
        verify(funding).importStatement(eq("text/csv"), any(), eq("key-2"));
    }

    @Test
    void showsAnUnreadableFileInGermanWithTheLineItNames() throws Exception {
        when(funding.importStatement(anyString(), any(), anyString()))
                .thenThrow(new ServiceProblem(
                        "funding",
                        422,
                        "statement-unreadable",
                        "Zeile 3: Kein gültiges XML: unerwartetes Ende",
                        List.of()));

        String page = mvc.perform(multipart("/finanzen/kontoauszuege")
                        .file(new MockMultipartFile("datei", "kaputt.xml", "text/xml", CAMT))
                        .param("idempotencyKey", "key-3")
                        .with(as("finance"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Die Datei ist kein lesbarer Kontoauszug: Zeile 3: Kein gültiges XML");
    }

    @Test
    void refusesAFileOfAnotherKindBeforeAskingTheService() throws Exception {
        String page = mvc.perform(multipart("/finanzen/kontoauszuege")
                        .file(new MockMultipartFile("datei", "auszug.pdf", "application/pdf", CAMT))
                        .param("idempotencyKey", "key-4")
                        .with(as("finance"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Bitte wählen Sie eine camt.053-Datei (.xml) oder eine CSV-Datei (.csv).");
        verify(funding, never()).importStatement(anyString(), any(), anyString());
    }

    @Test
    void refusesTheUploadToTheSteeringOffice() throws Exception {
        mvc.perform(multipart("/finanzen/kontoauszuege")
                        .file(new MockMultipartFile("datei", "auszug.xml", "text/xml", CAMT))
                        .param("idempotencyKey", "key-5")
                        .with(as("steering"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        verify(funding, never()).importStatement(anyString(), any(), anyString());
    }
}
