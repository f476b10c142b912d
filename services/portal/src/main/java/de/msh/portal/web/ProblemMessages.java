package de.msh.portal.web;

import de.msh.portal.backend.ServiceProblem;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The services explain refusals in English with a stable rule name; people read German. Each rule has its German text
 * in {@code messages.properties} under {@code problem.<rule>}, each refused field under {@code field.<field>}.
 */
@Component
public class ProblemMessages {

    private static final Locale GERMAN = Locale.GERMANY;
    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The refusal as a whole, in German. Where the service's own explanation is German too (a statement's unreadable
     * line, the settlement a booking already has), the text names it as {@code {0}}.
     */
    public String message(ServiceProblem problem) {
        String byStatus =
                messages.getMessage("problem.status-" + problem.status(), null, "Die Aktion wurde abgelehnt.", GERMAN);
        Object[] detail = {problem.detail() == null ? "" : problem.detail()};
        return messages.getMessage("problem." + problem.rule(), detail, byStatus, GERMAN);
    }

    /** German text per refused field, keyed by the field's name in the request (and so in the form). */
    public Map<String, String> fieldMessages(ServiceProblem problem) {
        Map<String, String> fields = new LinkedHashMap<>();
        String generic = messages.getMessage("field.invalid", null, "Bitte prüfen Sie diese Angabe.", GERMAN);
        for (ServiceProblem.FieldError error : problem.fieldErrors()) {
            fields.putIfAbsent(error.field(), messages.getMessage("field." + error.field(), null, generic, GERMAN));
        }
        return fields;
    }
}
