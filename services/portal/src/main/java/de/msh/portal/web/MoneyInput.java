package de.msh.portal.web;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an amount as people type it in Germany: {@code 1.234.567,89}, {@code 1234567,89}, {@code 450000}, with or
 * without {@code €}. A dot is only ever a thousands separator, so {@code 1.5} is refused rather than guessed.
 */
public final class MoneyInput {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?");
    private static final Pattern PLAIN = Pattern.compile("\\d{1,15}(,\\d{1,2})?");

    private MoneyInput() {}

    public static Optional<BigDecimal> parse(String text) {
        String amount = text.replace("€", "").replace('\u00a0', ' ').strip();
        if (!GROUPED.matcher(amount).matches() && !PLAIN.matcher(amount).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(amount.replace(".", "").replace(',', '.')).setScale(2));
    }
}
