package de.msh.local.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What the milestones service sends over SMTP shows once per mail, with all recipients, on the page and as JSON. */
class MailServerTests {

    @Test
    void showsEachSentMailOnceWithAllItsRecipientsAndEscaped() throws Exception {
        int smtpPort = freePort();
        try (MailServer server = MailServer.start(smtpPort, freePort())) {
            send(smtpPort, "Erinnerung: „<b>MSH₂</b>“ fällig am 04.12.2026", "Guten Tag,\nbitte \"prüfen\".");

            String json = get(server, "/api/messages");
            String page = get(server, "/");

            assertThat(json)
                    .startsWith("[{\"messageId\":\"<")
                    .contains("\"to\":[\"finance@msh.example\",\"manager@msh.example\"]")
                    .contains("\"subject\":\"Erinnerung: „<b>MSH₂</b>“ fällig am 04.12.2026\"")
                    .contains("\"text\":\"Guten Tag,\\nbitte \\\"prüfen\\\".\"")
                    .doesNotContain("},{");
            assertThat(page)
                    .contains("<html lang=\"de\">", "Gesendete E-Mails")
                    .contains("Erinnerung: „&lt;b&gt;MSH₂&lt;/b&gt;“")
                    .contains("An: finance@msh.example, manager@msh.example");
        }
    }

    private static void send(int port, String subject, String text) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        MimeMessage mail = new MimeMessage(Session.getInstance(properties));
        mail.setFrom(new InternetAddress("meilensteine@msh.example"));
        mail.setRecipients(Message.RecipientType.TO, "finance@msh.example, manager@msh.example");
        mail.setSubject(subject, "UTF-8");
        mail.setText(text, "UTF-8");
        Transport.send(mail);
    }

    private static String get(MailServer server, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.webPort() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
