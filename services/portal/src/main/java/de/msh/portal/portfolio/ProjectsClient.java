package de.msh.portal.portfolio;

import java.util.List;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The projects service as the portal uses it. Every write carries the form's idempotency key, so a form sent twice
 * (a double click, a browser retry) changes the project once.
 */
@HttpExchange("/api/projects")
public interface ProjectsClient {

    @GetExchange
    ProjectPage list(@RequestParam MultiValueMap<String, String> query);

    @GetExchange("/{id}")
    ProjectDetails get(@PathVariable String id);

    @GetExchange("/strategic-fields")
    List<StrategicField> strategicFields();

    @PostExchange
    Project register(@RequestBody ProjectRequests.Register request, @RequestHeader("Idempotency-Key") String key);

    @PutExchange("/{id}")
    Project update(@PathVariable String id, @RequestBody ProjectRequests.Update request);

    @PostExchange("/{id}/phase")
    Project changePhase(
            @PathVariable String id,
            @RequestBody ProjectRequests.ChangePhase request,
            @RequestHeader("Idempotency-Key") String key);
}
