package de.msh.portal.finance;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The funding service as the portal reads it. */
@HttpExchange("/api/funding")
public interface FundingClient {

    @GetExchange("/grants")
    List<GrantSummary> grants(@RequestParam(required = false) @Nullable String projectId);

    @GetExchange("/programmes")
    List<Programme> programmes();
}
