package de.msh.portal.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.msh.portal.start.ReportingClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A person's access token runs out after minutes, their session lasts a working day: the portal renews the token with
 * the refresh token before it calls a service, and the service sees only the person's fresh token. Against a small
 * stand-in for the auth server's token endpoint and a service, both on one local port.
 */
@SpringBootTest
class TokenRenewalTests {

    private static final HttpServer STAND_IN = standIn();
    private static final List<String> TOKEN_REQUESTS = new CopyOnWriteArrayList<>();
    private static final List<String> SERVICE_CALLS = new CopyOnWriteArrayList<>();

    @Autowired
    ReportingClient reporting;

    @Autowired
    ClientRegistrationRepository registrations;

    @Autowired
    OAuth2AuthorizedClientRepository authorizedClients;

    @DynamicPropertySource
    static void standInAddresses(DynamicPropertyRegistry properties) {
        String base = "http://localhost:" + STAND_IN.getAddress().getPort();
        properties.add("spring.security.oauth2.client.provider.msh.token-uri", () -> base + "/oauth2/token");
        properties.add("msh.portal.services.reporting", () -> base);
    }

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @AfterAll
    static void stop() {
        STAND_IN.stop(0);
    }

    @Test
    void renewsAnExpiredAccessTokenWithTheRefreshTokenBeforeCallingAService() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
        TestingAuthenticationToken steering = new TestingAuthenticationToken("steering", null, "ROLE_steering");
        SecurityContextHolder.getContext().setAuthentication(steering);
        Instant now = Instant.now();
        OAuth2AccessToken expired = new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER, "expired-token", now.minusSeconds(600), now.minusSeconds(300));
        authorizedClients.saveAuthorizedClient(
                new OAuth2AuthorizedClient(
                        registrations.findByRegistrationId(ServiceClients.REGISTRATION),
                        "steering",
                        expired,
                        new OAuth2RefreshToken("refresh-1", now.minusSeconds(600))),
                steering,
                request,
                response);

        reporting.portfolio();

        assertThat(TOKEN_REQUESTS)
                .singleElement()
                .satisfies(body -> assertThat(body).contains("grant_type=refresh_token", "refresh_token=refresh-1"));
        assertThat(SERVICE_CALLS).containsExactly("Bearer fresh-token");
    }

    private static HttpServer standIn() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/oauth2/token", exchange -> {
                TOKEN_REQUESTS.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                answer(
                        exchange,
                        "{\"access_token\":\"fresh-token\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                                + "\"refresh_token\":\"refresh-2\"}");
            });
            server.createContext("/api/reporting/portfolio", exchange -> {
                SERVICE_CALLS.add(exchange.getRequestHeaders().getFirst("Authorization"));
                answer(
                        exchange,
                        "{\"total\":{\"key\":\"alle\",\"projects\":0,\"plannedCost\":0.00},"
                                + "\"byPhase\":[],\"byStrategicField\":[],\"byMunicipality\":[],\"byProjectManager\":[],"
                                + "\"byTag\":[]}");
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
