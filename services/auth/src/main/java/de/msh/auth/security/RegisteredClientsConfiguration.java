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
            return new InMemoryRegisteredClientRepository(portal(properties.portal()));
        }
        return new InMemoryRegisteredClientRepository(
                portal(properties.portal()), machine(properties.machine(), passwordEncoder));
    }

    // A public client has no secret, so PKCE is what binds the code to the portal; it gets no refresh token.
    private static RegisteredClient portal(PortalClient portal) {
        return RegisteredClient.withId(portal.clientId())
                .clientId(portal.clientId())
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(portal.redirectUris()))
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
                .clientSettings(ClientSettings.builder()
                        .setting(RolesClaimCustomizer.CLIENT_ROLES_SETTING, machine.roles())
                        .build())
                .build();
    }
}
