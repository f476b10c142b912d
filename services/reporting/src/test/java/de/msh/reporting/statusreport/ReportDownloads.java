package de.msh.reporting.statusreport;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.testsupport.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A report's file as an auditor downloads it: 200, offered as an attachment. */
final class ReportDownloads {

    static final String BASE = "/api/reporting/status-reports";

    private ReportDownloads() {}

    static byte[] download(int port, String id, String name) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + BASE + "/" + id + "/files/" + name))
                                .header("Authorization", "Bearer " + TestTokens.forRole("auditor"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment");
        return response.body();
    }
}
