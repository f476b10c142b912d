package de.msh.platform.security;

import de.msh.platform.problem.ProblemTypes;
import de.msh.platform.problem.ProblemWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.util.StringUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is a stateless resource server: a valid token from the one configured issuer is required for
 * everything but health, metrics scraping and the API description, and only staff roles get in at all. Who may
 * write where is the service's {@code msh.security.writes}, checked here before a body is read (writes no rule
 * names, the actuator's among them, are for admins); the controllers' {@code @PreAuthorize} stays as a second
 * check. Both 401 and 403 are problem details.
 */
@AutoConfiguration(
        before = {
            ServletWebSecurityAutoConfiguration.class,
            ManagementWebSecurityAutoConfiguration.class,
            OAuth2ResourceServerAutoConfiguration.class,
            UserDetailsServiceAutoConfiguration.class
        })
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity
public class ResourceServerConfiguration {

    private static final List<HttpMethod> WRITES =
            List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    @Bean
    @ConditionalOnMissingBean
    ProblemWriter problemWriter(JsonMapper json) {
        return new ProblemWriter(json);
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties, ResourceLoader resources) {
        String issuer = properties.issuer();
        if (StringUtils.hasText(properties.publicKeyLocation())) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(
                            readKey(resources, properties.publicKeyLocation()))
                    .build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
            return decoder;
        }
        if (StringUtils.hasText(properties.jwkSetUri())) {
            NimbusJwtDecoder decoder =
                    NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
            return decoder;
        }
        // Discovery is deferred to the first request so a service can start before its issuer.
        return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer));
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain resourceServerFilterChain(
            HttpSecurity http, ProblemWriter problems, SecurityProperties properties) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> problems.write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                ProblemTypes.UNAUTHENTICATED,
                "Nicht angemeldet",
                "A valid bearer token is required");
        AccessDeniedHandler forbidden = (request, response, e) -> problems.write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                ProblemTypes.FORBIDDEN,
                "Keine Berechtigung",
                "Your role does not allow this action");
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers(
                                    HttpMethod.GET,
                                    "/livez",
                                    "/readyz",
                                    "/actuator/health/**",
                                    "/actuator/info",
                                    "/actuator/prometheus",
                                    "/v3/api-docs/**")
                            .permitAll()
                            .requestMatchers("/error")
                            .permitAll();
                    for (String path : properties.secretAddressPaths()) {
                        requests.requestMatchers(HttpMethod.GET, path).permitAll();
                    }
                    // Who may write is decided here, before the body is read: a role that may not write gets 403
                    // without the service parsing (or choking on) what it sent.
                    for (SecurityProperties.WriteRule rule : properties.writeRules()) {
                        for (HttpMethod method : WRITES) {
                            requests.requestMatchers(method, rule.path())
                                    .hasAnyRole(rule.roles().toArray(String[]::new));
                        }
                    }
                    for (HttpMethod method : WRITES) {
                        requests.requestMatchers(method, "/**").hasRole(Roles.ADMIN);
                    }
                    requests.anyRequest().hasAnyRole(Roles.STAFF.toArray(String[]::new));
                })
                .oauth2ResourceServer(
                        server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(new StaffAuthenticationConverter()))
                                .authenticationEntryPoint(unauthenticated)
                                .accessDeniedHandler(forbidden))
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    private static RSAPublicKey readKey(ResourceLoader resources, String location) {
        try (InputStream in = resources.getResource(location).getInputStream()) {
            return RsaKeyConverters.x509().convert(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read public key " + location, e);
        }
    }
}
