package de.msh.portal.backend;

import de.msh.portal.PortalProperties;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the client of one service from its HTTP interface. Every call carries the signed-in person's access token,
 * renewed with the refresh token when it has expired; a refusal becomes a {@link ServiceProblem}, a failure a
 * {@link ServiceFailed}.
 */
@Component
public class ServiceClients {

    /** The client registration of the auth server in {@code spring.security.oauth2.client}. */
    public static final String REGISTRATION = "msh";

    private final RestClient.Builder builder;
    private final OAuth2AuthorizedClientManager authorizedClients;
    private final PortalProperties properties;
    private final ProblemReader problems;

    ServiceClients(
            RestClient.Builder builder,
            OAuth2AuthorizedClientManager authorizedClients,
            PortalProperties properties,
            JsonMapper json) {
        this.builder = builder;
        this.authorizedClients = authorizedClients;
        this.properties = properties;
        this.problems = new ProblemReader(json);
    }

    public <T> T create(String service, Class<T> api) {
        OAuth2ClientHttpRequestInterceptor personsToken = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        personsToken.setClientRegistrationIdResolver(request -> REGISTRATION);
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        // Long enough for a statement import on a busy machine, short enough that nobody waits on a hung service.
        requests.setReadTimeout(Duration.ofSeconds(30));
        RestClient client = builder.clone()
                .baseUrl(properties.service(service).toString())
                .requestFactory(requests)
                .requestInterceptor(personsToken)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw problems.read(service, response);
                })
                .build();
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client))
                .build()
                .createClient(api);
    }
}
