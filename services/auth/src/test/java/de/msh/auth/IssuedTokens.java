package de.msh.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.test.web.servlet.MockMvc;

/** Reads tokens the way a resource server does: signature checked against the published key set. */
final class IssuedTokens {

    /**
     * Each test context signs with a fresh key in its own file, never with the developer's key under {@code .data};
     * the files live in the module's {@code target} (the tests' working directory), so a clean build removes them.
     */
    static final String TEMPORARY_KEY_FILE = "msh.auth.key-file=${user.dir}/target/msh-auth-test-${random.uuid}.json";

    private IssuedTokens() {}

    static JWTClaimsSet verifiedClaims(MockMvc mvc, String tokenResponse, String tokenField) throws Exception {
        SignedJWT jwt = SignedJWT.parse(JsonPath.read(tokenResponse, "$." + tokenField));
        RSAKey key = publishedKey(mvc);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(key.getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        return jwt.getJWTClaimsSet();
    }

    private static RSAKey publishedKey(MockMvc mvc) throws Exception {
        String jwks = mvc.perform(get("/oauth2/jwks")).andReturn().getResponse().getContentAsString();
        return JWKSet.parse(jwks).getKeys().get(0).toRSAKey();
    }
}
