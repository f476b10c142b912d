package de.msh.portal.security;

import de.msh.portal.PortalProperties;
import de.msh.portal.backend.ServiceClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * The portal is a backend-for-frontend: the person logs in at the auth server (authorization code with PKCE), the
 * portal keeps the tokens in the server-side session and the browser only holds the session cookie.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain portalFilterChain(
            HttpSecurity http, ClientRegistrationRepository registrations, PortalProperties properties)
            throws Exception {
        DefaultOAuth2AuthorizationRequestResolver withPkce =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/ui/**", "/abgemeldet", "/error", "/livez", "/readyz")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2Login(login -> login.authorizationEndpoint(
                                endpoint -> endpoint.authorizationRequestResolver(withPkce))
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(new RolesFromIdToken())))
                .oauth2Client(client -> {})
                .logout(logout -> logout.logoutSuccessHandler(new EndAuthServerSession(properties.endSessionUri())))
                // An htmx request whose session ran out cannot follow a redirect to another origin: htmx is told to
                // load the login page as a whole instead.
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        (request, response, failure) -> {
                            response.setHeader("HX-Redirect", "/oauth2/authorization/" + ServiceClients.REGISTRATION);
                            response.setStatus(401);
                        },
                        new RequestHeaderRequestMatcher("HX-Request", "true")))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(ContentSecurityPolicy.of(properties)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
