package de.msh.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The session cookie as a browser gets it from the real server: HttpOnly and SameSite always, Secure whenever the
 * request came over TLS, also when a proxy in front ended the TLS and said so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionCookieTests {

    @LocalServerPort
    int port;

    @Test
    void isHttpOnlyAndSameSite() throws Exception {
        String cookie = sessionCookie(false);

        assertThat(cookie).startsWith("MSH_PORTAL_SESSION=").contains("HttpOnly", "SameSite=Lax");
        assertThat(cookie).doesNotContain("Secure");
    }

    @Test
    void isSecureBehindATlsProxy() throws Exception {
        assertThat(sessionCookie(true)).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    // A page that needs a login keeps the request in a new session before sending the browser to the auth server.
    private String sessionCookie(boolean behindTls) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/projekte"))
                .header("Accept", "text/html");
        if (behindTls) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
        }
        HttpResponse<Void> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Set-Cookie").orElseThrow();
    }
}
