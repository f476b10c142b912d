package de.msh.portal.studies;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** The studies service as the portal uses it. */
@HttpExchange("/api")
public interface StudiesClient {

    @GetExchange("/studies")
    Study.Page list(@RequestParam MultiValueMap<String, String> query);

    @GetExchange("/studies/{id}")
    Study.WithRecommendations get(@PathVariable String id);

    /** @param contentType {@code text/csv} or {@code application/json} */
    @PostExchange("/studies/catalogue")
    Study.ImportResult importCatalogue(
            @RequestHeader("Content-Type") String contentType,
            @RequestBody byte[] file,
            @RequestHeader("Idempotency-Key") String key);
}
