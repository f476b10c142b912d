package de.msh.portal.start;

import de.msh.portal.backend.ServiceClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StartClientsConfiguration {

    @Bean
    ReportingClient reportingClient(ServiceClients clients) {
        return clients.create("reporting", ReportingClient.class);
    }
}
