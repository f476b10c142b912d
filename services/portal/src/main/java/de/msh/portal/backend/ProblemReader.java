package de.msh.portal.backend;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.client.ClientHttpResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a service's error answer: problem details for a refusal, anything else as a failure. */
final class ProblemReader {

    // A problem document is small; a larger error body is not one and need not be read whole.
    private static final int MAX_BYTES = 64 * 1024;

    private final JsonMapper json;

    ProblemReader(JsonMapper json) {
        this.json = json;
    }

    RuntimeException read(String service, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        if (status >= 500) {
            return new ServiceFailed(service, "answered " + status);
        }
        JsonNode problem = body(response);
        String type = problem.path("type").asString("about:blank");
        String rule = "about:blank".equals(type) ? "status-" + status : type.substring(type.lastIndexOf('/') + 1);
        List<ServiceProblem.FieldError> errors = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            errors.add(new ServiceProblem.FieldError(
                    error.path("field").asString(""),
                    error.path("message").asString(""),
                    error.path("row").asInt(0)));
        }
        String detail =
                problem.path("detail").isString() ? problem.path("detail").asString() : null;
        return new ServiceProblem(service, status, rule, detail, errors);
    }

    private JsonNode body(ClientHttpResponse response) throws IOException {
        try (InputStream in = response.getBody()) {
            byte[] bytes = in.readNBytes(MAX_BYTES);
            return bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
        } catch (JacksonException notJson) {
            return json.createObjectNode();
        }
    }
}
