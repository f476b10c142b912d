package de.msh.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Mints signed access tokens the way the authorization server does: RS256, issuer {@link #ISSUER}, the user name as
 * subject, a flat {@code roles} array. The key pair lives for one JVM; its public half is written to a PEM file that
 * the services under test trust.
 */
public final class TestTokens {

    public static final String ISSUER = "https://auth.test.msh.example";
    public static final List<String> ROLES = List.of("steering", "finance", "manager", "auditor", "admin");

    private static final RSAKey TRUSTED = generate("msh-test");
    private static final RSAKey STRANGER = generate("stranger");
    private static Path publicKeyPem;

    private TestTokens() {}

    /** A valid token of the demo user of that role (user name equal to the role, as in the local stack). */
    public static String forRole(String role) {
        return forUser(role, role);
    }

    public static String forUser(String user, String... roles) {
        return sign(TRUSTED, ISSUER, user, List.of(roles), Instant.now().plus(Duration.ofHours(1)));
    }

    public static String expired(String role) {
        return sign(TRUSTED, ISSUER, role, List.of(role), Instant.now().minus(Duration.ofHours(1)));
    }

    public static String signedByAStranger(String role) {
        return sign(STRANGER, ISSUER, role, List.of(role), Instant.now().plus(Duration.ofHours(1)));
    }

    public static String fromAnotherIssuer(String role) {
        return sign(
                TRUSTED,
                "https://elsewhere.example",
                role,
                List.of(role),
                Instant.now().plus(Duration.ofHours(1)));
    }

    /** The trusted public key as an X.509 PEM file, for {@code msh.security.public-key-location}. */
    public static synchronized Path publicKeyPem() {
        if (publicKeyPem == null) {
            try {
                Path file = Files.createTempFile("msh-test-key", ".pem");
                file.toFile().deleteOnExit();
                String body = Base64.getMimeEncoder(64, "\n".getBytes())
                        .encodeToString(TRUSTED.toRSAPublicKey().getEncoded());
                Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
                publicKeyPem = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return publicKeyPem;
    }

    private static String sign(RSAKey key, String issuer, String user, List<String> roles, Instant expiry) {
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(user)
                .claim("preferred_username", user)
                .claim("roles", roles)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(expiry.minus(Duration.ofHours(2))))
                .notBeforeTime(Date.from(expiry.minus(Duration.ofHours(2))))
                .expirationTime(Date.from(expiry))
                .build();
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
