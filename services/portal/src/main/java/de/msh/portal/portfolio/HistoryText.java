package de.msh.portal.portfolio;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A project's history in German: the projects service records what changed in its own terms ({@code IDEA -> CONCEPT},
 * {@code description, projectManager}); the templates show it as {@code Idee → Konzept}, {@code Beschreibung,
 * Projektleitung}. Words it does not know stay as they are.
 */
@Component("historyText")
public class HistoryText {

    private static final Pattern WORD = Pattern.compile("[A-Za-z_]+");
    private static final Map<String, String> PARTS = Map.ofEntries(
            Map.entry("title", "Titel"),
            Map.entry("description", "Beschreibung"),
            Map.entry("strategicField", "Themenfeld"),
            Map.entry("handlingArea", "Handlungsfeld"),
            Map.entry("municipalities", "Gemeinden"),
            Map.entry("leadOrganisation", "Federführung"),
            Map.entry("projectManager", "Projektleitung"),
            Map.entry("tags", "Schlagwörter"),
            Map.entry("studyId", "Studie"),
            Map.entry("plannedCost", "geplante Kosten"),
            Map.entry("indicators", "Masterplan-Beiträge"));

    private final MessageSource messages;

    HistoryText(MessageSource messages) {
        this.messages = messages;
    }

    public String detail(String detail) {
        Matcher words = WORD.matcher(detail.replace("->", "→"));
        StringBuilder german = new StringBuilder();
        while (words.find()) {
            String word = words.group();
            String phase = messages.getMessage("phase." + word, null, null, Locale.GERMANY);
            words.appendReplacement(
                    german, Matcher.quoteReplacement(phase != null ? phase : PARTS.getOrDefault(word, word)));
        }
        words.appendTail(german);
        return german.toString();
    }
}
