package de.msh.platform.problem;

import de.msh.platform.rule.InvalidInput;
import de.msh.platform.rule.RuleViolated;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;

/**
 * Maps every error a controller can raise to RFC 9457 problem details with a stable type: validation, unreadable
 * bodies, unknown paths, stale versions, duplicates, the unexpected, and every service's {@link RuleViolated} and
 * {@link InvalidInput} with the service's own slugs. What only one service raises is mapped in its web package.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                .toList();
        String fields = String.join(
                ", ", errors.stream().map(e -> e.get("field")).distinct().toList());
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST,
                ProblemTypes.VALIDATION,
                "Ungültige Eingabe",
                "Invalid field(s): " + (fields.isEmpty() ? "request" : fields));
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * Raised instead of {@link MethodArgumentNotValidException} when a handler also constrains a path variable or
     * request parameter; names the fields the same way, body fields by their own names.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors bean) {
                bean.getFieldErrors()
                        .forEach(e -> errors.add(
                                Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage()))));
            } else {
                String name = String.valueOf(result.getMethodParameter().getParameterName());
                result.getResolvableErrors()
                        .forEach(e ->
                                errors.add(Map.of("field", name, "message", String.valueOf(e.getDefaultMessage()))));
            }
        }
        errors.sort(Comparator.comparing(e -> e.get("field")));
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST,
                ProblemTypes.VALIDATION,
                "Ungültige Eingabe",
                "Invalid field(s): "
                        + String.join(
                                ", ",
                                errors.stream()
                                        .map(e -> e.get("field"))
                                        .distinct()
                                        .toList()));
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = "The request body could not be read";
        String field = fieldOf(ex);
        if (NestedExceptionUtils.getMostSpecificCause(ex) instanceof InvalidInput invalid) {
            ProblemDetail problem = Problems.invalidField(
                    invalid.problem(), invalid.title(), field == null ? "body" : field, invalid.getMessage());
            return handleExceptionInternal(ex, problem, headers, HttpStatus.UNPROCESSABLE_CONTENT, request);
        }
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST,
                ProblemTypes.MALFORMED_REQUEST,
                "Unlesbare Anfrage",
                field == null ? detail : detail + ": invalid value for '" + field + "'");
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", "invalid value")));
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Spring passes no body for some of its own exceptions and builds it later; take it now to type it.
        Object problemBody = body == null && ex instanceof ErrorResponse response ? response.getBody() : body;
        if (problemBody instanceof ProblemDetail problem) {
            if (problem.getType() == null
                    || "about:blank".equals(problem.getType().toString())) {
                problem.setType(typeFor(ex, status));
            }
            if (problem.getInstance() == null && request instanceof ServletWebRequest servlet) {
                problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
            }
        }
        return super.handleExceptionInternal(ex, problemBody, headers, status, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail onTypeMismatch(MethodArgumentTypeMismatchException ex) {
        if (NestedExceptionUtils.getMostSpecificCause(ex) instanceof InvalidInput invalid) {
            // e.g. a day outside DateLimits: the value was read, and breaks a rule of its own
            return Problems.invalidField(invalid.problem(), invalid.title(), ex.getName(), invalid.getMessage());
        }
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST,
                ProblemTypes.VALIDATION,
                "Ungültige Eingabe",
                "Invalid value for '" + ex.getName() + "'");
        problem.setProperty("errors", List.of(Map.of("field", ex.getName(), "message", "invalid value")));
        return problem;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail onConstraintViolation(ConstraintViolationException ex) {
        List<Map<String, String>> errors = ex.getConstraintViolations().stream()
                .map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
                .sorted(Comparator.comparing(e -> e.get("field")))
                .toList();
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Ungültige Eingabe", "Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A rule a service's domain enforces; the slug is the service's, the answer the same everywhere. */
    @ExceptionHandler(RuleViolated.class)
    ProblemDetail onRuleViolated(RuleViolated violated) {
        return Problems.ruleViolated(violated.rule(), violated.getMessage());
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail onInvalidInput(InvalidInput invalid) {
        return Problems.invalidField(invalid.problem(), invalid.title(), invalid.requestField(), invalid.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail onStaleVersion(OptimisticLockingFailureException ex) {
        return Problems.of(
                HttpStatus.CONFLICT,
                ProblemTypes.STALE_VERSION,
                "Veraltete Version",
                "Someone else changed this in the meantime; reload and try again");
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail onDuplicate(DuplicateKeyException ex) {
        return Problems.of(HttpStatus.CONFLICT, ProblemTypes.DUPLICATE, "Bereits vorhanden", "This already exists");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail onAccessDenied(AccessDeniedException ex) {
        return Problems.forbidden();
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail onUnexpected(Exception ex) {
        log.error("Unexpected error", ex);
        return Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemTypes.INTERNAL,
                "Interner Fehler",
                "An unexpected error occurred; it has been logged");
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static URI typeFor(Exception ex, HttpStatusCode status) {
        if (ex instanceof NoResourceFoundException || status.value() == 404) {
            return ProblemTypes.NOT_FOUND;
        }
        if (ex instanceof HandlerMethodValidationException) {
            return ProblemTypes.VALIDATION;
        }
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return ProblemTypes.METHOD_NOT_ALLOWED;
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
        }
        return status.is4xxClientError() ? ProblemTypes.MALFORMED_REQUEST : ProblemTypes.INTERNAL;
    }

    private static @Nullable String fieldOf(HttpMessageNotReadableException ex) {
        if (ex.getCause() instanceof DatabindException databind
                && !databind.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (var reference : databind.getPath()) {
                if (reference.getPropertyName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            return path.isEmpty() ? null : path.toString();
        }
        return null;
    }
}
