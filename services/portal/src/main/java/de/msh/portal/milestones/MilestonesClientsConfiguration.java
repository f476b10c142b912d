package de.msh.portal.milestones;

import de.msh.portal.backend.ServiceClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MilestonesClientsConfiguration {

    @Bean
    MilestonesClient milestonesClient(ServiceClients clients) {
        return clients.create("milestones", MilestonesClient.class);
    }

    @Bean
    ProjectNames milestoneProjectNames(ServiceClients clients) {
        return clients.create("projects", ProjectNames.class);
    }
}
