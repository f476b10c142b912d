package de.msh.reporting.statusreport.format;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Figures and days as the PDF writes them, in German. */
final class PdfText {

    private static final DecimalFormatSymbols GERMAN = DecimalFormatSymbols.getInstance(Locale.GERMANY);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private PdfText() {}

    static String euro(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", GERMAN).format(amount) + " €";
    }

    /** An axis label: whole euros, thousands or millions. */
    static String shortEuro(double amount) {
        if (Math.abs(amount) >= 1_000_000) {
            return new DecimalFormat("#,##0.#", GERMAN).format(amount / 1_000_000) + " Mio. €";
        }
        if (Math.abs(amount) >= 1_000) {
            return new DecimalFormat("#,##0.#", GERMAN).format(amount / 1_000) + " T€";
        }
        return new DecimalFormat("#,##0", GERMAN).format(amount) + " €";
    }

    static String number(@Nullable BigDecimal value) {
        return value == null ? "–" : new DecimalFormat("#,##0.###", GERMAN).format(value);
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** A table cell as the PDF shows it. */
    static String of(Views.Cell cell) {
        if (cell instanceof Views.Euros e) {
            return euro(e.value());
        }
        if (cell instanceof Views.Count c) {
            return String.valueOf(c.value());
        }
        if (cell instanceof Views.Day d) {
            return d.value() == null ? "–" : day(d.value());
        }
        if (cell instanceof Views.Decimal n) {
            return number(n.value());
        }
        if (cell instanceof Views.Percent p) {
            return p.share() == null ? "–" : number(p.share().movePointRight(2)) + " %";
        }
        String text = ((Views.Text) cell).value();
        return text == null || text.isEmpty() ? "–" : text;
    }
}
