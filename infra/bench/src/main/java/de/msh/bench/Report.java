package de.msh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints the figures as one table and writes the same as JSON. */
final class Report {

    private Report() {}

    static void print(List<Figure> figures) {
        String format = "%-72s %-6s %18s %12s %-46s %6s %-30s %s%n";
        System.out.printf(
                Locale.ROOT, format, "figure", "store", "ours", "reference", "reference is", "ratio", "goal", "met");
        for (Figure f : figures) {
            System.out.printf(
                    Locale.ROOT,
                    format,
                    f.name(),
                    f.store(),
                    String.format(Locale.ROOT, "%.1f %s", f.ours(), f.unit()),
                    String.format(Locale.ROOT, "%.1f", f.reference()),
                    f.referenceName(),
                    String.format(Locale.ROOT, "%.2f", f.ratio()),
                    f.goal(),
                    f.met() ? "yes" : "NO");
        }
        List<Figure> missed = figures.stream().filter(f -> !f.met()).toList();
        System.out.println(
                missed.isEmpty()
                        ? "All goals met."
                        : "Goals missed: "
                                + missed.stream()
                                        .map(f -> f.name() + " (" + f.store() + ")")
                                        .collect(Collectors.joining(", ")));
    }

    static void writeJson(List<Figure> figures, Settings settings, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        String rows = figures.stream()
                .map(f -> String.format(
                        Locale.ROOT,
                        "    {\"figure\": %s, \"store\": %s, \"ours\": %.3f, \"reference\": %.3f,"
                                + " \"referenceIs\": %s, \"unit\": %s, \"ratio\": %.4f, \"goal\": %s, \"met\": %s}",
                        quote(f.name()),
                        quote(f.store()),
                        f.ours(),
                        f.reference(),
                        quote(f.referenceName()),
                        quote(f.unit()),
                        f.ratio(),
                        quote(f.goal()),
                        f.met()))
                .collect(Collectors.joining(",\n"));
        String json = String.format(
                Locale.ROOT,
                "{%n  \"events\": %d,%n  \"aggregates\": %d,%n  \"lagSeconds\": %d,%n  \"figures\": [%n%s%n  ]%n}%n",
                settings.events(),
                settings.aggregates(),
                settings.lagSeconds(),
                rows);
        Files.writeString(file, json);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
