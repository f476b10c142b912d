package de.msh.auth.security;

import static org.springframework.security.config.Customizer.withDefaults;

import de.msh.auth.AuthProperties;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Three filter chains: the protocol endpoints (with OpenID Connect) first, as in the Spring Authorization Server
 * reference; then the staff directory for machines; then form login for everything else.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The scope a machine token needs to read the staff directory; only the machine client may ask for it. */
    static final String PEOPLE_READ = "people.read";

    private static final List<String> BROWSER_ENDPOINTS = List.of("/oauth2/token", "/oauth2/jwks", "/.well-known/**");

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerFilterChain(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server.oidc(withDefaults()))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                // The userinfo endpoint is called with an access token this server issued.
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults()))
                .cors(withDefaults())
                // A person's browser goes to the login page; API callers get a plain 401.
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), htmlPages()));
        return http.build();
    }

    // Sessionless, and a token without the scope gets 403 even if its roles are mighty: the directory holds addresses.
    @Bean
    @Order(2)
    SecurityFilterChain directoryFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().hasAuthority("SCOPE_" + PEOPLE_READ))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain loginFilterChain(HttpSecurity http, AuthProperties properties) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/error", "/ui/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                // CORS pre-flight requests (OPTIONS) do not match the protocol endpoints and arrive here.
                .cors(withDefaults())
                .headers(headers ->
                        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(properties))))
                .formLogin(form -> form.loginPage("/login").permitAll());
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(AuthProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(AuthProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        BROWSER_ENDPOINTS.forEach(path -> source.registerCorsConfiguration(path, cors));
        return source;
    }

    /**
     * The login page loads only its own styles and fonts and no script at all. Browsers apply {@code form-action} to
     * the redirects that follow a submitted form too, so the portal's callback origins must be named.
     */
    static String contentSecurityPolicy(AuthProperties properties) {
        String callbacks = properties.portal().redirectUris().stream()
                .map(uri -> URI.create(uri).resolve("/").toString().replaceAll("/$", ""))
                .distinct()
                .collect(Collectors.joining(" "));
        return "default-src 'self'; script-src 'none'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                + "frame-ancestors 'none'; form-action 'self' " + callbacks;
    }

    private static MediaTypeRequestMatcher htmlPages() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return html;
    }
}
