package de.msh.auth.token;

import de.msh.auth.AuthProperties;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds what every MSH resource server reads (and what the Keycloak realm maps the same way) to access and ID tokens:
 * the flat {@code roles} claim and {@code preferred_username}. A person's roles are their staff roles; a machine's
 * roles are the ones configured on its client under {@link #CLIENT_ROLES_SETTING}.
 */
@Component
public class RolesClaimCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    public static final String ROLES_CLAIM = "roles";

    public static final String USERNAME_CLAIM = "preferred_username";

    /** The client setting that holds a machine client's roles, a {@code List<String>}. */
    public static final String CLIENT_ROLES_SETTING = "msh.roles";

    private static final String ROLE_PREFIX = "ROLE_";

    @Override
    public void customize(JwtEncodingContext context) {
        if (!isAccessOrIdToken(context.getTokenType())) {
            return;
        }
        RegisteredClient client = context.getRegisteredClient();
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            context.getClaims().claim(ROLES_CLAIM, clientRoles(client)).claim(USERNAME_CLAIM, client.getClientId());
        } else {
            Authentication person = context.getPrincipal();
            context.getClaims().claim(ROLES_CLAIM, staffRoles(person)).claim(USERNAME_CLAIM, person.getName());
        }
    }

    private static boolean isAccessOrIdToken(OAuth2TokenType type) {
        return OAuth2TokenType.ACCESS_TOKEN.equals(type) || OidcParameterNames.ID_TOKEN.equals(type.getValue());
    }

    private static List<String> clientRoles(RegisteredClient client) {
        List<String> roles = client.getClientSettings().getSetting(CLIENT_ROLES_SETTING);
        return roles == null ? List.of() : roles;
    }

    // Authorities also carry technical entries (such as the factor of the login); only staff roles go out.
    private static List<String> staffRoles(Authentication person) {
        return person.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(Objects::nonNull)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .filter(AuthProperties.STAFF_ROLES::contains)
                .distinct()
                .toList();
    }
}
