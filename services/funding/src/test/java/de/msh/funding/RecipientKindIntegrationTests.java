package de.msh.funding;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.funding.GrantApplied;
import de.msh.events.funding.RecipientKind;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An application may say whether the recipient is a local authority, its name, and the investment area the measure
 * falls under; the grant keeps them and GrantApplied carries them (milestones plans the longer municipal spending
 * window from the kind; reporting's InvKG § 8 overview lists name and area). An unknown kind or area is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecipientKindIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void theRecipientsKindTravelsWithTheApplication() {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        TopicProbe probe = new TopicProbe(brokers);
        String project = FundingScenes.announceProject(probe, "RK-1", "Mobilitätsstation Hettstedt");
        String body = """
                {"projectId":"%s","fileNumber":"%s","programme":"invkg-arm1","period":"2020-2026",
                 "requestedAmount":1000.00,"recipientKind":"%s"}""";

        String grant = ApiClient.eventually(
                        () -> api.post(
                                "/api/funding/grants",
                                finance,
                                body.formatted(project, "IB-RK-" + project.substring(0, 6), "MUNICIPALITY")),
                        r -> r.status() == 201,
                        FundingScenes.WAIT)
                .json()
                .get("id")
                .asString();
        var unknown = api.post(
                "/api/funding/grants",
                finance,
                body.formatted(project, "IB-RK2-" + project.substring(0, 6), "GEMEINDE"));

        assertThat(api.get("/api/funding/grants/" + grant, finance)
                        .json()
                        .get("recipientKind")
                        .asString())
                .isEqualTo("MUNICIPALITY");
        assertThat(FundingScenes.awaitEvent(probe, grant, "GrantApplied"))
                .isInstanceOfSatisfying(
                        GrantApplied.class,
                        applied -> assertThat(applied.recipientKind()).isEqualTo(RecipientKind.MUNICIPALITY));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.isProblem()).isTrue();
    }

    @Test
    void theRecipientsNameAndTheInvestmentAreaTravelWithTheApplication() {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        TopicProbe probe = new TopicProbe(brokers);
        String project = FundingScenes.announceProject(probe, "RK-2", "Büro für nachhaltigen Tourismus Stolberg");
        String body = """
                {"projectId":"%s","fileNumber":"%s","programme":"invkg-arm1","period":"2020-2026",
                 "requestedAmount":1000.00,"investmentArea":"%s","recipient":"Stadt Stolberg (Harz)"}""";
        String fileNumber = "IB-IA-" + project.substring(0, 6);

        var unknown = ApiClient.eventually(
                () -> api.post("/api/funding/grants", finance, body.formatted(project, fileNumber, "raumfahrt")),
                r -> r.status() != 404,
                FundingScenes.WAIT);
        // nothing was kept of the refused one: its file number is still free
        String grant = api.post("/api/funding/grants", finance, body.formatted(project, fileNumber, "tourismus"))
                .json()
                .get("id")
                .asString();

        // like a period the programme lacks: a rule of the programme, refused as unprocessable
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(unknown.body()).contains("raumfahrt");
        var stored = api.get("/api/funding/grants/" + grant, finance).json();
        assertThat(stored.get("investmentArea").asString()).isEqualTo("tourismus");
        assertThat(stored.get("recipient").asString()).isEqualTo("Stadt Stolberg (Harz)");
        assertThat(FundingScenes.awaitEvent(probe, grant, "GrantApplied"))
                .isInstanceOfSatisfying(GrantApplied.class, applied -> {
                    assertThat(applied.investmentArea()).isEqualTo("tourismus");
                    assertThat(applied.recipient()).isEqualTo("Stadt Stolberg (Harz)");
                });
        var areas = api.get("/api/funding/programmes", finance).json().get(0).get("investmentAreas");
        assertThat(areas.size()).isEqualTo(9);
        assertThat(areas.get(5).get("number").asInt()).isEqualTo(6);
    }
}
