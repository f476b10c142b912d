package de.msh.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Content-Security-Policy forbids inline script and style, so a template that used them would silently lose them
 * in the browser: caught here instead. Every page is German.
 */
class TemplatesTests {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");
    private static final Pattern INLINE_STYLE = Pattern.compile("<style|\\sstyle=\"|\\son[a-z]+=\"|hx-on|javascript:");

    @Test
    void noTemplateHasInlineScriptOrStyle() throws IOException {
        for (Resource template : templates()) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            assertThat(INLINE_SCRIPT.matcher(html).find())
                    .as("inline script in %s", template.getFilename())
                    .isFalse();
            assertThat(INLINE_STYLE.matcher(html).find())
                    .as("inline style or handler in %s", template.getFilename())
                    .isFalse();
        }
    }

    @Test
    void everyPageSaysItIsGerman() throws IOException {
        for (Resource template : templates()) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            if (html.startsWith("<!DOCTYPE html>")) {
                assertThat(html).as(template.getFilename()).contains("<html lang=\"de\"");
            }
        }
    }

    private static Resource[] templates() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(found).hasSizeGreaterThan(5);
        return found;
    }
}
