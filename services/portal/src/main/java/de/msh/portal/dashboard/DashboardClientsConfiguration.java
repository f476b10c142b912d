package de.msh.portal.dashboard;

import de.msh.portal.backend.ServiceClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DashboardClientsConfiguration {

    @Bean
    DashboardReporting dashboardReporting(ServiceClients clients) {
        return clients.create("reporting", DashboardReporting.class);
    }
}
