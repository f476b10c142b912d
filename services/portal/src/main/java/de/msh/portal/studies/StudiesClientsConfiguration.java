package de.msh.portal.studies;

import de.msh.portal.backend.ServiceClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StudiesClientsConfiguration {

    @Bean
    StudiesClient studiesClient(ServiceClients clients) {
        return clients.create("studies", StudiesClient.class);
    }

    @Bean
    ProjectNames projectNames(ServiceClients clients) {
        return clients.create("projects", ProjectNames.class);
    }
}
