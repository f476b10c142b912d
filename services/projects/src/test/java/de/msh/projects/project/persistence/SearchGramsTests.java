package de.msh.projects.project.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchGramsTests {

    @Test
    void cutsEachTextIntoDistinctFoldedPieces() {
        assertThat(SearchGrams.of("Ära Ära", "WS-1")).containsExactly("ära", "ra ", "a ä", " är", "ws-", "s-1");
        assertThat(SearchGrams.of("ab", null)).isEmpty();
    }

    @Test
    void everyPieceOfAContainedTextIsAPieceOfTheText() {
        Random random = new Random(2038);
        String alphabet = "aBcÄöüßK- 1";
        for (int run = 0; run < 500; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = 3 + random.nextInt(30); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int from = random.nextInt(text.length() - 2);
            String part = text.substring(from, from + 3 + random.nextInt(text.length() - from - 2));
            // upper case one character at a time, as a case-insensitive regex compares (ß stays one character)
            String searched = random.nextBoolean()
                    ? part.codePoints()
                            .map(Character::toUpperCase)
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                            .toString()
                    : part;

            assertThat(SearchGrams.of(text.toString())).as(searched).containsAll(SearchGrams.of(searched));
        }
    }
}
