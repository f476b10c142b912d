package de.msh.auth;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the development authorization server. Users and clients live in configuration so that they can change
 * without code; they are demo data and must never reach a production profile.
 *
 * @param issuer the {@code iss} of every token and the base of the discovery document
 * @param keyFile where the RSA signing key is kept between restarts (a JWK with its private part), relative to the
 *     working directory unless absolute; a plain string because Spring's {@code PathEditor} may resolve a path against
 *     the servlet context instead of the file system
 * @param allowedOrigins browser origins that may call the token, key and discovery endpoints
 * @param users the demo people, one per staff role
 * @param portal the client of the portal, a backend-for-frontend (authorization code with PKCE; with a secret it is
 *     confidential and gets refresh tokens)
 * @param machine the confidential client of scripts and machine-to-machine calls (client credentials)
 */
@ConfigurationProperties("msh.auth")
public record AuthProperties(
        @DefaultValue("http://localhost:9000") String issuer,
        @DefaultValue(".data/auth/jwk.json") String keyFile,
        @DefaultValue("http://localhost:8080") List<String> allowedOrigins,
        @DefaultValue List<DemoUser> users,
        PortalClient portal,
        MachineClient machine) {

    /** The roles every MSH resource server knows; anything else in a token grants nothing there. */
    public static final List<String> STAFF_ROLES = List.of("steering", "finance", "manager", "auditor", "admin");

    public AuthProperties {
        allowedOrigins = List.copyOf(allowedOrigins);
        users = List.copyOf(users);
        Objects.requireNonNull(portal, "msh.auth.portal must be configured");
        Objects.requireNonNull(machine, "msh.auth.machine must be configured");
    }

    /** A demo person; the address is under a reserved domain (RFC 2606), so a reminder never leaves the stack. */
    public record DemoUser(String username, String password, List<String> roles, String email) {

        public DemoUser {
            roles = staffRoles(roles, "msh.auth.users[" + username + "].roles");
            if (email == null || !email.matches("[^@\\s]+@[^@\\s]+")) {
                throw new IllegalArgumentException(
                        "msh.auth.users[" + username + "].email must be an e-mail address, not '" + email + "'");
            }
        }
    }

    /** The secret is development data: without it the portal is a public client, which gets no refresh token. */
    public record PortalClient(
            String clientId, @Nullable String secret, List<String> redirectUris, List<String> postLogoutRedirectUris) {

        public PortalClient {
            redirectUris = List.copyOf(redirectUris);
            postLogoutRedirectUris = List.copyOf(postLogoutRedirectUris);
        }
    }

    /** The secret is development data too: without it, the machine client is not offered. */
    public record MachineClient(String clientId, @Nullable String secret, List<String> roles) {

        public MachineClient {
            roles = staffRoles(roles, "msh.auth.machine.roles");
        }
    }

    // A typo in a role name would otherwise surface much later as a puzzling 403 in some service.
    private static List<String> staffRoles(List<String> roles, String property) {
        for (String role : roles) {
            if (!STAFF_ROLES.contains(role)) {
                throw new IllegalArgumentException(
                        property + " names '" + role + "', which is none of the staff roles " + STAFF_ROLES);
            }
        }
        return List.copyOf(roles);
    }
}
