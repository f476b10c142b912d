package de.msh.portal.reports;

import de.msh.portal.backend.ServiceClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportsClientsConfiguration {

    @Bean
    StatusReportsClient statusReportsClient(ServiceClients clients) {
        return clients.create("reporting", StatusReportsClient.class);
    }

    @Bean
    ReportDraftsClient reportDraftsClient(ServiceClients clients) {
        return clients.create("reporting", ReportDraftsClient.class);
    }
}
