package de.msh.portal.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Dates and money as people in Germany write them (29.11.2026, 1.234.567,89 €), for the templates as {@code @fmt}.
 * Money is never rounded beyond the cent it already has; an absent value is shown as a dash.
 */
@Component("fmt")
public class GermanFormat {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DecimalFormatSymbols GERMAN = DecimalFormatSymbols.getInstance(Locale.GERMANY);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'");
    private static final String NONE = "–";

    /** {@code 1234567.891} becomes {@code 1.234.567,89 €}; the space before the sign does not break. */
    public String money(@Nullable BigDecimal amount) {
        if (amount == null) {
            return NONE;
        }
        return amount(amount) + "\u00a0€";
    }

    /** An amount without the currency, as a form field shows it for editing: {@code 1.234.567,89}. */
    public static String amount(BigDecimal amount) {
        return twoPlaces().format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A plain number in German notation with as many decimals as it has (at most three). */
    public String number(@Nullable BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        return new DecimalFormat("#,##0.###", GERMAN).format(value);
    }

    public String number(long value) {
        return new DecimalFormat("#,##0", GERMAN).format(value);
    }

    public String date(@Nullable LocalDate day) {
        return day == null ? NONE : DAY.format(day);
    }

    /** An instant as the wall-clock time in Mansfeld-Südharz. */
    public String moment(@Nullable Instant instant) {
        return instant == null ? NONE : MOMENT.format(instant.atZone(BERLIN));
    }

    /** A share in per cent, e.g. {@code 0.9} becomes {@code 90 %}. */
    public String percent(@Nullable BigDecimal share) {
        if (share == null) {
            return NONE;
        }
        return new DecimalFormat("#,##0.#", GERMAN).format(share.movePointRight(2)) + "\u00a0%";
    }

    private static DecimalFormat twoPlaces() {
        return new DecimalFormat("#,##0.00", GERMAN);
    }
}
