package de.msh.milestones;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.milestones.reminder.domain.People;
import de.msh.milestones.reminder.domain.Person;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reminders reach a real SMTP server (GreenMail), go to the people responsible, and each goes out exactly once: on a
 * second run, on two runs at once, and after the mail server was away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RemindersIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));
    static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    // a fixed port, so that the server can be stopped and started again where the service expects it
    static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), null, ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    /** The directory as the auth server would answer; the real one is read in the end-to-end test. */
    @TestConfiguration
    static class Staff {

        @Bean
        @Primary
        People staff() {
            return () -> List.of(
                    new Person("steering", "steering@msh.example", List.of("steering")),
                    new Person("finance", "finance@msh.example", List.of("finance")),
                    new Person("rmueller", "r.mueller@msh.example", List.of("manager")));
        }
    }

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    final String steering = TestTokens.forRole("steering");

    @Test
    void theManagerAndFinanceAreRemindedOnceBeforeAFundingDeadlineAndOnceWhenADeliverableIsMissed() throws Exception {
        String project = project("Rmueller");
        String tag = project.substring(0, 8);
        plan(project, "Verwendungsnachweis " + tag, "FUNDING_DEADLINE", TODAY.plusDays(3));
        plan(project, "Standortgutachten " + tag, "DELIVERABLE", TODAY.minusDays(2));
        plan(project, "Impulsgebertag " + tag, "EVENT", TODAY.plusDays(1));
        plan(project, "Ausschreibung " + tag, "DELIVERABLE", TODAY.plusDays(30));

        var first = remind();
        var second = remind();

        assertThat(first.json().get("sent").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(second.json().get("sent").asInt()).isZero();
        List<MimeMessage> deadline = mailsAbout("Verwendungsnachweis " + tag);
        assertThat(deadline).hasSize(2); // one delivery to each recipient of the one mail
        MimeMessage mail = deadline.get(0);
        assertThat(mail.getSubject())
                .isEqualTo(
                        "Erinnerung: „Verwendungsnachweis " + tag + "“ fällig am " + GERMAN.format(TODAY.plusDays(3)));
        assertThat(addresses(mail, Message.RecipientType.TO))
                .containsExactlyInAnyOrder("finance@msh.example", "r.mueller@msh.example");
        assertThat(mail.getFrom()[0].toString()).contains("meilensteine@msh.example");
        assertThat(mail.getMessageID()).startsWith("<reminder-").endsWith("@msh.example>");
        assertThat((String) mail.getContent())
                .contains("ist am " + GERMAN.format(TODAY.plusDays(3)) + " fällig (in 3 Tagen).")
                .contains("/projekte/" + project + "/meilensteine");
        List<MimeMessage> missed = mailsAbout("Standortgutachten " + tag);
        assertThat(missed).hasSize(1);
        assertThat(missed.get(0).getSubject()).startsWith("Versäumt: ");
        assertThat(addresses(missed.get(0), Message.RecipientType.TO)).containsExactly("r.mueller@msh.example");
        assertThat(mailsAbout("Impulsgebertag " + tag)).isEmpty();
        assertThat(mailsAbout("Ausschreibung " + tag)).isEmpty();
    }

    @Test
    void aReplannedDeadlineIsRemindedOfAfreshAndTwoRunsAtOnceSendItOnce() throws Exception {
        String project = project(null);
        String tag = project.substring(0, 8);
        var planned = plan(project, "Bericht an den Kreistag " + tag, "REPORTING_DATE", TODAY.plusDays(2));
        remind();
        String milestone = planned.json().get("id").asText();
        var replanned = api().post(
                        "/api/milestones/projects/" + project + "/" + milestone + "/replan", steering, """
                {"to":"%s","reason":"Sitzung verschoben"}""".formatted(
                                        TODAY.plusDays(6)));
        assertThat(replanned.status()).isEqualTo(200);

        var runs = List.of(CompletableFuture.supplyAsync(this::remind), CompletableFuture.supplyAsync(this::remind));
        runs.forEach(CompletableFuture::join);

        List<MimeMessage> mails = mailsAbout("Bericht an den Kreistag " + tag);
        assertThat(mails)
                .extracting(MimeMessage::getSubject)
                .containsExactly(
                        "Erinnerung: „Bericht an den Kreistag " + tag + "“ fällig am "
                                + GERMAN.format(TODAY.plusDays(2)),
                        "Erinnerung: „Bericht an den Kreistag " + tag + "“ fällig am "
                                + GERMAN.format(TODAY.plusDays(6)));
        // no manager named: the steering office watches it
        assertThat(addresses(mails.get(1), Message.RecipientType.TO)).containsExactly("steering@msh.example");
    }

    @Test
    void aReminderTheMailServerRefusedIsSentByTheNextRun() throws Exception {
        String project = project(null);
        String tag = project.substring(0, 8);
        plan(project, "Phasentor Umsetzung " + tag, "PHASE_GATE", TODAY.plusDays(1));
        SMTP.stop();
        ApiClient.Response refused;
        try {
            refused = remind();
        } finally {
            SMTP.start();
        }

        var retried = remind();

        assertThat(refused.json().get("failed").asInt()).isPositive();
        assertThat(retried.json().get("sent").asInt()).isPositive();
        assertThat(mailsAbout("Phasentor Umsetzung " + tag)).hasSize(1);
        assertThat(api().post("/api/milestones/reminders", TestTokens.forRole("finance"), "")
                        .status())
                .isEqualTo(403);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private ApiClient.Response remind() {
        var response = api().post("/api/milestones/reminders", steering, "");
        assertThat(response.status()).isEqualTo(200);
        return response;
    }

    private String project(String manager) {
        String projectId = UUID.randomUUID().toString();
        new TopicProbe(brokers)
                .publish(
                        projectId,
                        1,
                        new ProjectRegistered(
                                projectId,
                                "RM-" + projectId.substring(0, 4),
                                "Mobilitätsstation Hettstedt",
                                null,
                                List.of(),
                                ProjectPhase.ON_HOLD,
                                null,
                                List.of(),
                                null,
                                manager,
                                List.of(),
                                null));
        return projectId;
    }

    private ApiClient.Response plan(String project, String title, String kind, LocalDate on) {
        return ApiClient.eventually(
                () -> api().post("/api/milestones/projects/" + project, steering, """
                        {"title":"%s","kind":"%s","on":"%s"}""".formatted(title, kind, on)),
                r -> r.status() == 201,
                WAIT);
    }

    private static List<MimeMessage> mailsAbout(String title) throws MessagingException {
        List<MimeMessage> about = new java.util.ArrayList<>();
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            if (mail.getSubject().contains("„" + title + "“")) {
                about.add(mail);
            }
        }
        return about;
    }

    private static List<String> addresses(MimeMessage mail, Message.RecipientType type) throws MessagingException {
        return Arrays.stream(mail.getRecipients(type)).map(Object::toString).toList();
    }
}
