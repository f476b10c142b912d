package de.msh.portal.portfolio;

import de.msh.portal.backend.ServiceClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PortfolioClientsConfiguration {

    @Bean
    ProjectsClient projectsClient(ServiceClients clients) {
        return clients.create("projects", ProjectsClient.class);
    }

    @Bean
    StudyNames studyNames(ServiceClients clients) {
        return clients.create("studies", StudyNames.class);
    }
}
