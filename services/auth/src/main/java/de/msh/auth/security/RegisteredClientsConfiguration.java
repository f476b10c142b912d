package de.msh.auth.security;

import de.msh.auth.AuthProperties;
import de.msh.auth.AuthProperties.MachineClient;
import de.msh.auth.AuthProperties.PortalClient;
import de.msh.auth.token.RolesClaimCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/** The two clients of the shared coordinates, built from {@code msh.auth.portal} and {@code msh.auth.machine}. */
@Configuration(proxyBeanMethods = false)
class RegisteredClientsConfiguration {

    @Bean
    RegisteredClientRepository registeredClientRepository(AuthProperties properties, PasswordEncoder passwordEncoder) {
        if (properties.machine().secret() == null) {
            return new InMemoryRegisteredClientRepository(portal(properties.portal(), passwordEncoder));
        }
        return new InMemoryRegisteredClientRepository(
                portal(properties.portal(), passwordEncoder), machine(properties.machine(), passwordEncoder));
    }

    // The portal keeps the session on its server, so it can keep a secret too: then it is confidential and may renew a
    // person's access token with a refresh token. PKCE binds the code to the login either way.
    private static RegisteredClient portal(PortalClient portal, PasswordEncoder passwordEncoder) {
        RegisteredClient.Builder client = RegisteredClient.withId(portal.clientId())
                .clientId(portal.clientId())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE);
        if (portal.secret() == null) {
            client.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            client.clientSecret(passwordEncoder.encode(portal.secret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN);
        }
        return client.redirectUris(uris -> uris.addAll(portal.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(portal.postLogoutRedirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .build();
    }

    private static RegisteredClient machine(MachineClient machine, PasswordEncoder passwordEncoder) {
        return RegisteredClient.withId(machine.clientId())
                .clientId(machine.clientId())
                .clientSecret(passwordEncoder.encode(machine.secret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(SecurityConfiguration.PEOPLE_READ)
                .clientSettings(ClientSettings.builder()
                        .setting(RolesClaimCustomizer.CLIENT_ROLES_SETTING, machine.roles())
                        .build())
                .build();
    }
}
