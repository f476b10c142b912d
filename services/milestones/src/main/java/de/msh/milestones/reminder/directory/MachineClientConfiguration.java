package de.msh.milestones.reminder.directory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * The staff directory's client, with the service's own machine token (client credentials, registration
 * {@value #REGISTRATION}), fetched and renewed by Spring Security. It works outside any web request too: reminders
 * run on a schedule, where the request-bound default manager would find no request.
 */
@Configuration(proxyBeanMethods = false)
class MachineClientConfiguration {

    static final String REGISTRATION = "machine";

    // the token belongs to this service, not to whoever's request happened to start a run
    private static final Authentication SERVICE = new AnonymousAuthenticationToken(
            "milestones", "milestones", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    @Bean
    RestClient peopleDirectory(
            RestClient.Builder builder,
            ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientService tokens,
            @Value("${msh.milestones.people-directory}") String address) {
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, tokens);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials()
                .build());
        var token = new OAuth2ClientHttpRequestInterceptor(manager);
        token.setClientRegistrationIdResolver(request -> REGISTRATION);
        token.setPrincipalResolver(request -> SERVICE);
        return builder.clone().baseUrl(address).requestInterceptor(token).build();
    }
}
