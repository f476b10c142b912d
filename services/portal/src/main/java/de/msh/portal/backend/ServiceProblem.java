package de.msh.portal.backend;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A service refused a request (4xx) with RFC 9457 problem details. Pages turn it into German text next to the field it
 * concerns, through {@code web.ProblemMessages}.
 *
 * @param rule the last segment of the problem's {@code type}, e.g. {@code phase-transition-not-allowed}; {@code
 *     about:blank} problems get the status reason instead
 * @param detail the service's own explanation (English), kept for the log and as a fallback
 * @param fieldErrors the {@code errors} extension: which request field was refused and why
 */
public class ServiceProblem extends RuntimeException {

    private final String service;
    private final int status;
    private final String rule;
    private final @Nullable String detail;
    private final List<FieldError> fieldErrors;

    public ServiceProblem(
            String service, int status, String rule, @Nullable String detail, List<FieldError> fieldErrors) {
        super(service + " answered " + status + " " + rule + (detail == null ? "" : ": " + detail));
        this.service = service;
        this.status = status;
        this.rule = rule;
        this.detail = detail;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    public @Nullable String detail() {
        return detail;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /**
     * @param field the request's field path as the service names it, e.g. {@code plannedCost.total}
     * @param row the row of an uploaded file the error is in (a catalogue import); 0 where there are no rows
     */
    public record FieldError(String field, String message, int row) {

        public FieldError(String field, String message) {
            this(field, message, 0);
        }
    }
}
