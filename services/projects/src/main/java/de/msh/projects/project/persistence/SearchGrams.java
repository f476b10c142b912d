package de.msh.projects.project.persistence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The three-character pieces of a text that the list's free text is looked up by: a project whose title or code
 * contains the searched text holds every piece of it, so the pieces find the few candidates and the exact,
 * case-insensitive comparison runs only on those. Characters are case-folded one by one (upper, then lower case), so a
 * text and its folded form have the same length and line up, as the regex's case-insensitive comparison needs.
 */
final class SearchGrams {

    static final String FIELD = "searchGrams";
    static final int LENGTH = 3;

    private SearchGrams() {}

    /** The distinct pieces of each text, in order of first appearance. */
    static List<String> of(String... texts) {
        Set<String> grams = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            int[] folded = text.codePoints()
                    .map(c -> Character.toLowerCase(Character.toUpperCase(c)))
                    .toArray();
            for (int i = 0; i + LENGTH <= folded.length; i++) {
                grams.add(new String(folded, i, LENGTH));
            }
        }
        return new ArrayList<>(grams);
    }
}
