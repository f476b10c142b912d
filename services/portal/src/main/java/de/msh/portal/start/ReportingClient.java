package de.msh.portal.start;

import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The reporting service's read models. */
@HttpExchange("/api/reporting")
public interface ReportingClient {

    @GetExchange("/portfolio")
    PortfolioView portfolio();

    @GetExchange("/money")
    MoneyView money();
}
