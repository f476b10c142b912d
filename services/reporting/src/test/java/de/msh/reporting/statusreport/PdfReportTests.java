package de.msh.reporting.statusreport;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.reporting.statusreport.domain.Light;
import de.msh.reporting.statusreport.domain.ReportPosition;
import de.msh.reporting.statusreport.domain.ReportScope;
import de.msh.reporting.statusreport.domain.StatusReportContent;
import de.msh.reporting.statusreport.domain.StatusReportContent.DayValue;
import de.msh.reporting.statusreport.domain.StatusReportContent.IndicatorLine;
import de.msh.reporting.statusreport.domain.StatusReportContent.MilestoneLine;
import de.msh.reporting.statusreport.domain.StatusReportContent.MoneyYear;
import de.msh.reporting.statusreport.domain.StatusReportContent.ProjectStatus;
import de.msh.reporting.statusreport.domain.StatusReportContent.TrendPoint;
import de.msh.reporting.statusreport.domain.StatusReportContent.YearValue;
import de.msh.reporting.statusreport.format.PdfReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF's tagging, checked the way a screen reader depends on it: every text and drawing on every page is either
 * an artifact or marked content that the parent tree maps back to a structure element on that page; table header
 * cells say what they head; the document is in German and carries its title. A report long enough to run over many
 * pages, with a hostile project title.
 */
class PdfReportTests {

    static final String HOSTILE = "=HYPERLINK(\"http://x\";\"klick\") <b>MSH₂</b> \u0007Ende";

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    static PDDocument pdf;
    static final List<String> figures = new ArrayList<>();

    @BeforeAll
    static void write() throws IOException {
        pdf = Loader.loadPDF(bytes());
    }

    /** A report over many pages, with every chart, a hostile title and a long assessment, as a PDF. */
    static byte[] bytes() {
        List<ProjectStatus> projects = new ArrayList<>();
        List<MilestoneLine> milestones = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            projects.add(new ProjectStatus(
                    "p-" + i,
                    "P-" + i,
                    i == 7 ? HOSTILE : "Projekt " + i,
                    "energie",
                    "IMPLEMENTATION",
                    "Krause",
                    i == 3 ? Light.RED : Light.GREEN,
                    List.of(),
                    1,
                    0,
                    0,
                    CsvReportTests.MONEY));
            milestones.add(new MilestoneLine(
                    "p-" + i,
                    "Projekt " + i,
                    "Förderbescheid liegt vor " + i,
                    "PHASE_GATE",
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 2, 1),
                    null,
                    "versäumt",
                    31,
                    List.of(
                            new TrendPoint(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 1)),
                            new TrendPoint(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1)))));
        }
        var years = List.of(
                new MoneyYear(2025, new BigDecimal("1000.00"), new BigDecimal("900.00"), ZERO, ZERO),
                new MoneyYear(
                        2026,
                        new BigDecimal("500.00"),
                        new BigDecimal("600.00"),
                        new BigDecimal("1500.00"),
                        new BigDecimal("700.00")));
        var indicator = new IndicatorLine(
                "energie",
                "h2",
                "Wasserstoff-Tankstellen",
                "Anzahl",
                BigDecimal.ZERO,
                new BigDecimal("2"),
                new BigDecimal("6"),
                "Beschleunigung nötig",
                null,
                2022,
                List.of(
                        new DayValue(LocalDate.of(2022, 12, 31), BigDecimal.ZERO),
                        new DayValue(LocalDate.of(2026, 6, 1), new BigDecimal("2"))),
                List.of(new YearValue(2027, new BigDecimal("2.5")), new YearValue(2038, new BigDecimal("5.5"))),
                List.of(new YearValue(2030, new BigDecimal("3")), new YearValue(2038, new BigDecimal("6"))));
        var content = new StatusReportContent(
                HOSTILE,
                ReportScope.portfolio(),
                LocalDate.of(2026, 11, 30),
                Light.RED,
                List.of("Ein Phasentor ist versäumt."),
                projects,
                milestones,
                CsvReportTests.MONEY,
                years,
                List.of(indicator),
                1,
                1);
        return PdfReport.write(
                content,
                List.of(new ReportPosition("msh.projects.events", 0, 42)),
                "Lange Einschätzung. ".repeat(400),
                null);
    }

    @Test
    void runsOverPagesWithEveryPieceOfContentTaggedOrAnArtifact() throws IOException {
        assertThat(pdf.getNumberOfPages()).isGreaterThan(4);
        Map<Integer, COSArray> parents = parentTree();
        for (int index = 0; index < pdf.getNumberOfPages(); index++) {
            PDPage page = pdf.getPage(index);
            COSArray owners = parents.get(page.getStructParents());
            assertThat(owners).as("page %d in the parent tree", index + 1).isNotNull();
            List<Integer> mcids = check(page, index + 1);
            assertThat(mcids).as("MCIDs of page %d", index + 1).isNotEmpty();
            for (int mcid : mcids) {
                COSDictionary owner = (COSDictionary) owners.getObject(mcid);
                assertThat(owner.getCOSName(COSName.TYPE)).isEqualTo(COSName.getPDFName("StructElem"));
                assertThat(refersTo(owner, page, mcid))
                        .as("element %s owns MCID %d on page %d", owner.getNameAsString(COSName.S), mcid, index + 1)
                        .isTrue();
            }
            assertThat(owners.size())
                    .as("parent tree entries of page %d", index + 1)
                    .isEqualTo(mcids.size());
            assertThat(page.getCOSObject().getNameAsString(COSName.getPDFName("Tabs")))
                    .isEqualTo("S");
        }
    }

    @Test
    void namesTheScopeOfEveryHeaderCellAndKeepsHeadingsInOrder() {
        Map<String, Integer> types = new HashMap<>();
        List<String> headings = new ArrayList<>();
        walk(pdf.getDocumentCatalog().getStructureTreeRoot().getCOSObject(), types, headings);
        List<String> alternatives = figures;
        assertThat(types)
                .containsKeys(
                        "Document",
                        "H1",
                        "H2",
                        "P",
                        "L",
                        "LI",
                        "Lbl",
                        "LBody",
                        "Table",
                        "Caption",
                        "THead",
                        "TBody",
                        "TR",
                        "TH",
                        "TD");
        // head and rows: phases, money, money by year, projects, milestones, indicators
        assertThat(types.get("TR")).isEqualTo((1 + 8) + (1 + 6) + (1 + 2) + (1 + 90) + (1 + 90) + (1 + 1));
        // money over time, the red project's milestone trend analysis, the indicator
        assertThat(types.get("Figure")).isEqualTo(3);
        assertThat(alternatives)
                .anySatisfy(alt -> assertThat(alt).contains("Ende 2026: abgerufen 1.500,00 €", "nachgewiesen 700,00 €"))
                .anySatisfy(alt -> assertThat(alt)
                        .startsWith("Meilenstein-Trendanalyse P-3: Projekt 3")
                        .contains("Förderbescheid liegt vor 3: Basisplan 01.01.2026, erwartet am 01.02.2026 (+31"
                                + " Tage), 1 Planstände danach"))
                .anySatisfy(alt -> assertThat(alt)
                        .contains("Wasserstoff-Tankstellen (Anzahl)", "Ziele: 2030: 3, 2038: 6", "nicht erreicht"));
        assertThat(headings.get(0)).isEqualTo("H1");
        assertThat(headings.subList(1, headings.size())).containsOnly("H2");
    }

    @Test
    void saysItsLanguageAndTitleAndKeepsHostileTextPlain() throws IOException {
        var catalog = pdf.getDocumentCatalog();
        assertThat(catalog.getLanguage()).isEqualTo("de");
        assertThat(catalog.getMarkInfo().isMarked()).isTrue();
        assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
        String plain = HOSTILE.replace("\u0007", "");
        assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(plain);
        try (var xmp = catalog.getMetadata().exportXMPMetadata()) {
            assertThat(new String(xmp.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("<pdfuaid:part>1</pdfuaid:part>", "&lt;b&gt;MSH₂&lt;/b&gt;");
        }
        String text = new PDFTextStripper().getText(pdf);
        assertThat(text.replaceAll("\\s+", "")).contains(plain.replaceAll("\\s+", ""), "Förderbescheidliegtvor89");
    }

    // every show-text and paint operator inside marked content; returns the page's MCIDs in order
    private static List<Integer> check(PDPage page, int number) throws IOException {
        List<Object> tokens = new PDFStreamParser(page).parse();
        List<Integer> mcids = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof Operator operator)) {
                continue;
            }
            switch (operator.getName()) {
                case "BMC" -> {
                    assertThat(tokens.get(i - 1)).isEqualTo(COSName.ARTIFACT);
                    depth++;
                }
                case "BDC" -> {
                    COSBase properties = (COSBase) tokens.get(i - 1);
                    COSDictionary dictionary = properties instanceof COSName name
                            ? page.getResources().getProperties(name).getCOSObject()
                            : (COSDictionary) properties;
                    mcids.add(dictionary.getInt(COSName.MCID));
                    depth++;
                }
                case "EMC" -> depth--;
                case "Tj", "TJ", "'", "\"", "f", "F", "f*", "S", "s", "B", "b" ->
                    assertThat(depth)
                            .as("%s outside marked content on page %d", operator.getName(), number)
                            .isPositive();
                default -> {}
            }
        }
        assertThat(depth).isZero();
        Set<Integer> distinct = new HashSet<>(mcids);
        assertThat(distinct).hasSize(mcids.size());
        return mcids;
    }

    private static boolean refersTo(COSDictionary element, PDPage page, int mcid) {
        COSBase kids = element.getDictionaryObject(COSName.K);
        List<COSBase> all = new ArrayList<>();
        if (kids instanceof COSArray array) {
            array.forEach(kid -> all.add(kid instanceof COSObject o ? o.getObject() : kid));
        } else {
            all.add(kids);
        }
        boolean onPage = element.getDictionaryObject(COSName.PG) == page.getCOSObject();
        for (COSBase kid : all) {
            if (kid instanceof COSInteger number && number.intValue() == mcid && onPage) {
                return true;
            }
            if (kid instanceof COSDictionary reference
                    && reference.getInt(COSName.MCID) == mcid
                    && reference.getDictionaryObject(COSName.PG) == page.getCOSObject()) {
                return true;
            }
        }
        return false;
    }

    private static Map<Integer, COSArray> parentTree() {
        COSArray numbers = pdf.getDocumentCatalog()
                .getStructureTreeRoot()
                .getCOSObject()
                .getCOSDictionary(COSName.PARENT_TREE)
                .getCOSArray(COSName.NUMS);
        Map<Integer, COSArray> parents = new HashMap<>();
        for (int i = 0; i < numbers.size(); i += 2) {
            parents.put(((COSInteger) numbers.getObject(i)).intValue(), (COSArray) numbers.getObject(i + 1));
        }
        return parents;
    }

    private static void walk(COSDictionary node, Map<String, Integer> types, List<String> headings) {
        String type = node.getNameAsString(COSName.S);
        if (type != null) {
            types.merge(type, 1, Integer::sum);
            if (type.startsWith("H") && type.length() == 2) {
                headings.add(type);
            }
            if (type.equals("TH")) {
                COSBase attributes = node.getDictionaryObject(COSName.A);
                // one attribute object, or an array of them (each may be followed by its revision number)
                COSDictionary attribute = attributes instanceof COSArray array
                        ? (COSDictionary) array.getObject(0)
                        : (COSDictionary) attributes;
                assertThat(attribute).as("TH with attributes").isNotNull();
                assertThat(attribute.getNameAsString(COSName.getPDFName("Scope")))
                        .isIn("Column", "Row");
            }
            if (type.equals("Figure")) {
                assertThat(node.getString(COSName.ALT))
                        .as("figure's alternative text")
                        .isNotBlank();
                figures.add(node.getString(COSName.ALT));
            }
        }
        COSBase kids = node.getDictionaryObject(COSName.K);
        if (kids instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSDictionary child && child.containsKey(COSName.S)) {
                    walk(child, types, headings);
                }
            }
        } else if (kids instanceof COSDictionary child && child.containsKey(COSName.S)) {
            walk(child, types, headings);
        }
    }
}
