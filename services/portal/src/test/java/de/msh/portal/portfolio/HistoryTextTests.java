package de.msh.portal.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class HistoryTextTests {

    private final HistoryText history = new HistoryText(messages());

    @Test
    void namesPhasesAndChangedPartsInGerman() {
        assertThat(history.detail("IDEA -> CONCEPT")).isEqualTo("Idee → Konzept");
        assertThat(history.detail("in IDEA")).isEqualTo("in Idee");
        assertThat(history.detail("description, projectManager, indicators"))
                .isEqualTo("Beschreibung, Projektleitung, Masterplan-Beiträge");
        assertThat(history.detail("cycle-route-km = 12.5 km (2026-09-30)"))
                .isEqualTo("cycle-route-km = 12.5 km (2026-09-30)");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        return messages;
    }
}
