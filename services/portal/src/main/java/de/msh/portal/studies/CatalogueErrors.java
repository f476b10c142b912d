package de.msh.portal.studies;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The studies service names each refused cell of a catalogue file in English; people read German. Its messages are a
 * small fixed set, translated here one by one; an unknown one still names row and column.
 */
final class CatalogueErrors {

    private record Translation(Pattern english, Function<Matcher, String> german) {}

    private static final List<Translation> KNOWN = List.of(
            exact("Required", "Pflichtangabe fehlt."),
            exact("The file is empty", "Die Datei ist leer."),
            exact("The catalogue has no rows", "Der Katalog enthält keine Zeilen."),
            exact("The column appears twice", "Die Spalte steht doppelt in der Kopfzeile."),
            exact("The column is required", "Die Spalte fehlt in der Kopfzeile."),
            exact("A quoted cell is never closed", "Ein Anführungszeichen wird nicht geschlossen."),
            exact("Each study is an object", "Jede Studie muss ein Objekt sein."),
            exact("Must be text, not a list or object", "Muss Text sein, keine Liste und kein Objekt."),
            exact("1 to 30 letters, digits or '-'", "1 bis 30 Buchstaben, Ziffern oder Bindestriche."),
            pattern("At most (\\d+) characters", m -> "Höchstens " + m.group(1) + " Zeichen."),
            pattern("At most (\\d+) rows per file", m -> "Höchstens " + m.group(1) + " Zeilen je Datei."),
            pattern("Also in row (\\d+)", m -> "Die Katalognummer steht auch in Zeile " + m.group(1) + "."),
            pattern("Unknown column; known are \\[(.*)]", m -> "Unbekannte Spalte; bekannt sind: " + m.group(1) + "."),
            pattern(
                    "Expected (\\d+) cells, found (\\d+)",
                    m -> m.group(1) + " Zellen erwartet, " + m.group(2) + " gefunden."),
            pattern("Not valid JSON: .*", m -> "Kein gültiges JSON."),
            pattern("Expected a list of studies.*", m -> "Erwartet wird eine Liste von Studien."),
            pattern(
                    "The study is already ([A-Z_]+); it cannot move back",
                    m -> "Die Studie ist bereits weiter (" + m.group(1) + "); ihr Status kann nicht zurückgehen."),
            pattern(
                    "The study is ([A-Z_]+) and cannot change",
                    m -> "Die Studie ist " + m.group(1) + " und kann nicht mehr geändert werden."),
            pattern("'(.*)' is not valid: (.*)", m -> "„" + m.group(1) + "“ ist ungültig; " + expected(m.group(2))));

    private CatalogueErrors() {}

    static String german(String english) {
        for (Translation translation : KNOWN) {
            Matcher matcher = translation.english().matcher(english);
            if (matcher.matches()) {
                return translation.german().apply(matcher);
            }
        }
        return "Dieser Wert wurde nicht angenommen.";
    }

    private static String expected(String english) {
        if (english.startsWith("a date")) {
            return "erwartet wird ein Datum wie 30.11.2021.";
        }
        if (english.startsWith("an address")) {
            return "erwartet wird eine Adresse wie https://…";
        }
        if (english.startsWith("one of")) {
            return "erlaubt sind: " + english.substring("one of".length()).strip() + ".";
        }
        return "unbekannter Wert.";
    }

    private static Translation exact(String english, String german) {
        return new Translation(Pattern.compile(Pattern.quote(english)), m -> german);
    }

    private static Translation pattern(String english, Function<Matcher, String> german) {
        return new Translation(Pattern.compile(english), german);
    }
}
