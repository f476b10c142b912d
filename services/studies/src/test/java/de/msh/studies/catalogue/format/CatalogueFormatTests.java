package de.msh.studies.catalogue.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Catalogue files as spreadsheets and scripts write them, and the ways they come broken. */
class CatalogueFormatTests {

    @Test
    void readsGermanExcelCsvWithQuotesLineBreaksAndAByteOrderMark() {
        String csv = "\uFEFFcatalogueNumber;title;kind;field;summary\r\n"
                + "MRM-01;\"Studie \"\"Wasserstoff\"\"; Südharz\";Machbarkeitsanalyse;energie;\"Zeile 1\nZeile 2\"\r\n"
                + "\r\n"
                + "MRM-02;Radverkehr;NEEDS_ASSESSMENT;MOBILITY_LOGISTICS;\r\n";

        List<RawRow> rows = CsvCatalogue.read(csv);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).row()).isEqualTo(2);
        assertThat(rows.get(0).values())
                .containsEntry("title", "Studie \"Wasserstoff\"; Südharz")
                .containsEntry("summary", "Zeile 1\nZeile 2");
        assertThat(rows.get(1).row()).isEqualTo(5);
        assertThat(rows.get(1).values()).doesNotContainKey("summary");
    }

    @Test
    void readsCommaSeparatedCsvToo() {
        List<RawRow> rows = CsvCatalogue.read("catalogueNumber,title,kind,field\nMRM-03,\"Holz, Wald\",x,y\n");

        assertThat(rows)
                .singleElement()
                .extracting(RawRow::values)
                .isEqualTo(Map.of("catalogueNumber", "MRM-03", "title", "Holz, Wald", "kind", "x", "field", "y"));
    }

    @Test
    void namesEveryProblemOfABrokenCsvByLine() {
        String csv = "catalogueNumber;title;colour\n" + "MRM-01;a;b\n" + "MRM-02;a\n" + "MRM-03;\"never closed\n";

        assertThatThrownBy(() -> CsvCatalogue.read(csv))
                .isInstanceOfSatisfying(
                        UnreadableCatalogue.class,
                        e -> assertThat(e.errors())
                                .contains(
                                        new RowError(1, "colour", "Unknown column; known are " + CatalogueColumns.ALL),
                                        new RowError(1, "kind", "The column is required"),
                                        new RowError(3, "file", "Expected 3 cells, found 2"),
                                        new RowError(4, "file", "A quoted cell is never closed")));
    }

    @Test
    void readsAJsonListOrAnObjectThatExplainsItself() {
        String list =
                "[{\"catalogueNumber\":\"MRM-01\",\"title\":\"A\",\"kind\":\"x\",\"field\":\"y\",\"summary\":null}]";
        String object = "{\"about\":\"Platzhalter\",\"studies\":" + list + "}";

        assertThat(JsonCatalogue.read(list)).isEqualTo(JsonCatalogue.read(object));
        assertThat(JsonCatalogue.read(list)).singleElement().satisfies(row -> {
            assertThat(row.row()).isEqualTo(1);
            assertThat(row.values()).hasSize(4);
        });
    }

    @Test
    void refusesJsonThatIsNotACatalogue() {
        for (String json :
                List.of("{not json", "{\"about\":1}", "[1]", "[{\"title\":[\"a\"]}]", "[{\"colour\":\"x\"}]")) {
            assertThatThrownBy(() -> JsonCatalogue.read(json)).as(json).isInstanceOf(UnreadableCatalogue.class);
        }
    }
}
