package de.msh.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A person logs in to the portal the way a browser does: authorization request, login form, code, and the code
 * exchanged with its PKCE verifier. Real form login, so the token carries what the real user store says.
 */
@SpringBootTest(properties = IssuedTokens.TEMPORARY_KEY_FILE)
@AutoConfigureMockMvc
class PortalLoginTests {

    private static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/msh";

    @Autowired
    MockMvc mvc;

    @Test
    void issuesAPersonsTokensWithTheirRoleAfterLoginWithPkce() throws Exception {
        String verifier = codeVerifier();
        MockHttpSession browser = new MockHttpSession();

        String loginPage = mvc.perform(authorizationRequest()
                        .queryParam("code_challenge", codeChallenge(verifier))
                        .queryParam("code_challenge_method", "S256")
                        .session(browser)
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(loginPage).endsWith("/login");

        String resumedRequest = mvc.perform(post("/login")
                        .session(browser)
                        .param("username", "steering")
                        .param("password", "msh-demo-2038")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(resumedRequest).contains("/oauth2/authorize");

        String callback = mvc.perform(get(URI.create(resumedRequest)).session(browser))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(callback).startsWith(REDIRECT_URI).contains("state=portal-state");
        String code = UriComponentsBuilder.fromUriString(callback)
                .build()
                .getQueryParams()
                .getFirst("code");

        String response = mvc.perform(post("/oauth2/token")
                        .param("grant_type", "authorization_code")
                        .param("code", code)
                        .param("redirect_uri", REDIRECT_URI)
                        .param("code_verifier", verifier)
                        .with(httpBasic("msh-portal", "msh-portal-secret")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(response).contains("\"refresh_token\"");
        for (String token : new String[] {"access_token", "id_token"}) {
            JWTClaimsSet claims = IssuedTokens.verifiedClaims(mvc, response, token);
            assertThat(claims.getIssuer()).isEqualTo("http://localhost:9000");
            assertThat(claims.getStringListClaim("roles")).containsExactly("steering");
            assertThat(claims.getStringClaim("preferred_username")).isEqualTo("steering");
        }
    }

    @Test
    void showsAGermanLoginPageWithoutScript() throws Exception {
        var page = mvc.perform(get("/login").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("<html lang=\"de\"", "Anmelden", "Benutzername", "Passwort", "name=\"_csrf\"")
                .doesNotContain("Please sign in", "<script");
        assertThat(page.getHeader("Content-Security-Policy"))
                .contains("script-src 'none'")
                .contains("form-action 'self' http://localhost:8080 http://127.0.0.1:8080");
    }

    @Test
    void namesAFailedLoginInGerman() throws Exception {
        String page = mvc.perform(get("/login").param("error", "").accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Benutzername oder Passwort ist falsch");
    }

    @Test
    void refusesAnAuthorizationRequestWithoutACodeChallenge() throws Exception {
        String redirect = mvc.perform(
                        authorizationRequest().with(user("steering").roles("steering")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(redirect).startsWith(REDIRECT_URI);
        MultiValueMap<String, String> answer =
                UriComponentsBuilder.fromUriString(redirect).build().getQueryParams();
        assertThat(answer.getFirst("error")).isEqualTo("invalid_request");
        assertThat(answer).doesNotContainKey("code");
    }

    // Query parameters, not form parameters: the authorization endpoint reads only what is in the query string.
    private static MockHttpServletRequestBuilder authorizationRequest() {
        return get("/oauth2/authorize")
                .queryParam("response_type", "code")
                .queryParam("client_id", "msh-portal")
                .queryParam("scope", "openid profile")
                .queryParam("state", "portal-state")
                .queryParam("redirect_uri", REDIRECT_URI);
    }

    private static String codeVerifier() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String codeChallenge(String verifier) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }
}
