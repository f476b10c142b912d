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
 * An application may say whether the recipient is a local authority; the grant keeps it and GrantApplied carries it
 * (the milestones service plans the longer municipal spending window from it). An unknown kind is refused.
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
}
