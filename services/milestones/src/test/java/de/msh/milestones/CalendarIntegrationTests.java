package de.msh.milestones;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's calendar feed, read as a calendar client would (no login), parsed with ical4j: it holds the upcoming
 * milestones the person's roles look after, keeps each event's UID across re-plans, and stops at revocation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void aFeedShowsWhatTheRolesLookAfterUpdatesInPlaceAndEndsWhenRevoked() throws Exception {
        ApiClient api = ApiClient.onPort(port);
        String steering = TestTokens.forRole("steering");
        String projectId = UUID.randomUUID().toString();
        new TopicProbe(brokers)
                .publish(
                        projectId,
                        1,
                        new ProjectRegistered(
                                projectId,
                                "CAL-1",
                                "Netzwerk Green Power MSH₂",
                                null,
                                List.of(),
                                ProjectPhase.ON_HOLD,
                                null,
                                List.of()));
        String base = "/api/milestones/projects/" + projectId;
        String deadline = ApiClient.eventually(
                        () -> api.post(base, steering, plan("Verwendungsnachweis, Teil 1", "FUNDING_DEADLINE", 20)),
                        r -> r.status() == 201,
                        WAIT)
                .json()
                .get("id")
                .asString();
        String opening = api.post(base, steering, plan("Eröffnung", "DELIVERABLE", 40))
                .json()
                .get("id")
                .asString();
        String past = api.post(base, steering, plan("Vorgespräch", "DELIVERABLE", -3))
                .json()
                .get("id")
                .asString();

        String steeringFeed = api.post("/api/milestones/calendar/token", steering, "")
                .json()
                .get("path")
                .asString();
        String financeFeed = api.post("/api/milestones/calendar/token", TestTokens.forRole("finance"), "")
                .json()
                .get("path")
                .asString();

        Map<String, VEvent> all = events(read(steeringFeed));
        assertThat(all).containsKeys(uid(deadline), uid(opening)).doesNotContainKey(uid(past));
        VEvent event = all.get(uid(deadline));
        assertThat(event.getSummary().getValue())
                .isEqualTo("Verwendungsnachweis, Teil 1 (CAL-1: Netzwerk Green Power MSH₂)");
        assertThat(event.getDateTimeStart().getValue()).isEqualTo(day(TODAY.plusDays(20)));
        Map<String, VEvent> finance = events(read(financeFeed));
        assertThat(finance).containsKey(uid(deadline)).doesNotContainKey(uid(opening));

        api.post(base + "/" + deadline + "/replan", steering, """
                {"to":"%s","reason":"Frist verlängert"}""".formatted(TODAY.plusDays(30)));
        VEvent moved = events(read(steeringFeed)).get(uid(deadline));
        assertThat(moved.getDateTimeStart().getValue()).isEqualTo(day(TODAY.plusDays(30)));
        assertThat(moved.getSequence().getSequenceNo()).isEqualTo(1);

        assertThat(api.delete("/api/milestones/calendar/token", steering).status())
                .isEqualTo(204);
        assertThat(get(steeringFeed).statusCode()).isEqualTo(404);
        String renewed = api.post("/api/milestones/calendar/token", TestTokens.forRole("finance"), "")
                .json()
                .get("path")
                .asString();
        assertThat(get(financeFeed).statusCode()).isEqualTo(404);
        assertThat(get(renewed).statusCode()).isEqualTo(200);
    }

    private Calendar read(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        calendar.validate();
        return calendar;
    }

    /** As a calendar client asks: no Authorization header. */
    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, VEvent> events(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), e -> e));
    }

    private static String uid(String milestoneId) {
        return milestoneId + "@milestones.msh.example";
    }

    private static String day(LocalDate day) {
        return day.toString().replace("-", "");
    }

    private static String plan(String title, String kind, int inDays) {
        return """
                {"title":"%s","kind":"%s","on":"%s"}""".formatted(title, kind, TODAY.plusDays(inDays));
    }
}
