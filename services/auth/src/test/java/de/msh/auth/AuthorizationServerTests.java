package de.msh.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** What services and scripts see: discovery, the key set, machine tokens, and the browser origin of the portal. */
@SpringBootTest(properties = IssuedTokens.TEMPORARY_KEY_FILE)
@AutoConfigureMockMvc
class AuthorizationServerTests {

    private static final String ISSUER = "http://localhost:9000";

    @Autowired
    MockMvc mvc;

    @Test
    void announcesTheIssuerAndWhereItsKeysAre() throws Exception {
        mvc.perform(get("/.well-known/openid-configuration"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issuer").value(ISSUER))
                .andExpect(jsonPath("$.jwks_uri").value(ISSUER + "/oauth2/jwks"));
    }

    @Test
    void publishesExactlyOnePublicRsaKey() throws Exception {
        mvc.perform(get("/oauth2/jwks"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.keys.length()").value(1))
                .andExpect(jsonPath("$.keys[0].kty").value("RSA"))
                .andExpect(jsonPath("$.keys[0].kid").isNotEmpty())
                .andExpect(jsonPath("$.keys[0].d").doesNotExist());
    }

    @Test
    void issuesAMachineTokenWithTheClientsRoles() throws Exception {
        String response = mvc.perform(post("/oauth2/token")
                        .with(httpBasic("msh-cli", "msh-cli-secret"))
                        .param("grant_type", "client_credentials"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        JWTClaimsSet claims = IssuedTokens.verifiedClaims(mvc, response, "access_token");
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getSubject()).isEqualTo("msh-cli");
        assertThat(claims.getStringListClaim("roles")).containsExactly("manager", "auditor");
        assertThat(claims.getStringClaim("preferred_username")).isEqualTo("msh-cli");
    }

    @Test
    void acceptsTheMachineSecretInTheFormToo() throws Exception {
        mvc.perform(post("/oauth2/token")
                        .param("grant_type", "client_credentials")
                        .param("client_id", "msh-cli")
                        .param("client_secret", "msh-cli-secret"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.access_token").isNotEmpty());
    }

    @Test
    void refusesAWrongClientSecret() throws Exception {
        mvc.perform(post("/oauth2/token")
                        .with(httpBasic("msh-cli", "not-the-secret"))
                        .param("grant_type", "client_credentials"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void letsThePortalOriginCallTheTokenEndpointFromTheBrowser() throws Exception {
        mvc.perform(options("/oauth2/token")
                        .header("Origin", "http://localhost:8080")
                        .header("Access-Control-Request-Method", "POST"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "http://localhost:8080"));
    }

    @Test
    void refusesAnyOtherBrowserOrigin() throws Exception {
        mvc.perform(options("/oauth2/token")
                        .header("Origin", "http://evil.example")
                        .header("Access-Control-Request-Method", "POST"))
                .andExpect(status().isForbidden());
    }

    @Test
    void answersHealthWithoutLogin() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
