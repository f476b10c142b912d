package de.msh.portal.finance;

import de.msh.portal.backend.ServiceClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FinanceClientsConfiguration {

    @Bean
    FundingClient fundingClient(ServiceClients clients) {
        return clients.create("funding", FundingClient.class);
    }
}
