package de.msh.reporting.statusreport;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.reporting.statusreport.domain.InvkgOverview;
import de.msh.reporting.statusreport.domain.Light;
import de.msh.reporting.statusreport.domain.ReportPosition;
import de.msh.reporting.statusreport.domain.ReportScope;
import de.msh.reporting.statusreport.domain.StatusReportContent;
import de.msh.reporting.statusreport.format.PdfReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;
import org.verapdf.pdfa.validation.validators.ValidatorFactory;

/**
 * The report PDFs checked against PDF/UA-1 by veraPDF, whose rules are the Matterhorn Protocol's machine-checkable
 * conditions: a status report over many pages with charts and a hostile title, and the § 8 overview.
 */
class PdfUaTests {

    static ValidationProfile PDF_UA_1;

    @BeforeAll
    static void veraPdf() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        // the profile ships with veraPDF's core, though its default directory lists only PDF/A
        try (InputStream in = ValidatorFactory.class.getResourceAsStream("/org/verapdf/pdfa/validation/PDFUA-1.xml")) {
            PDF_UA_1 = Profiles.profileFromXml(in);
        }
    }

    @Test
    void aStatusReportWithItsChartsIsPdfUa() throws Exception {
        assertThat(failures(PdfReportTests.bytes())).isEmpty();
    }

    @Test
    void theOverviewUnderParagraph8IsPdfUa() throws Exception {
        var measure = new InvkgOverview.MeasureLine(
                "g-1",
                "p-1",
                "INV-A: Mobilitätsstation",
                "COMPLETED",
                "IB-A-1",
                "Stadt Hettstedt",
                2,
                "Verkehr",
                new BigDecimal("1000.00"),
                new BigDecimal("900.00"),
                new BigDecimal("0.9"),
                new BigDecimal("100.00"),
                LocalDate.of(2026, 5, 15),
                LocalDate.of(2025, 12, 31),
                new BigDecimal("500.00"),
                new BigDecimal("300.00"),
                new BigDecimal("880.00"),
                LocalDate.of(2026, 2, 1),
                "CLOSED");
        var unrecorded = new InvkgOverview.MeasureLine(
                "g-2",
                "p-2",
                "INV-B: Radweg",
                "COMPLETED",
                "IB-B-1",
                null,
                null,
                null,
                null,
                new BigDecimal("1800.00"),
                null,
                null,
                LocalDate.of(2026, 5, 16),
                null,
                BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2),
                null,
                null,
                "APPROVED");
        var columns = List.of(
                new InvkgOverview.Column("measure", "Maßnahme", "InvKG § 8"),
                new InvkgOverview.Column("fileNumber", "Aktenzeichen", "InvKG § 8"),
                new InvkgOverview.Column("rate", "Fördersatz", "InvKG § 8"),
                new InvkgOverview.Column("used", "Bundesmittel verwendet (EUR)", "InvKG § 8"));
        var overview = new InvkgOverview(
                "2026-H1",
                "1. Halbjahr 2026",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 10, 1),
                1,
                "Annahme",
                "Abschluss",
                columns,
                List.of(measure, unrecorded),
                List.of(),
                List.of("Die Form der Verwaltungsvereinbarung ist nicht bekannt."));
        var content = new StatusReportContent(
                "Übersicht nach § 8 InvKG",
                new ReportScope(ReportScope.Kind.INVKG_HALF_YEAR, "2026-H1"),
                LocalDate.of(2026, 11, 30),
                Light.GREEN,
                List.of(),
                List.of(),
                List.of(),
                CsvReportTests.MONEY,
                List.of(),
                List.of(),
                1,
                1,
                overview);

        byte[] pdf = PdfReport.write(content, List.of(new ReportPosition("msh.funding.events", 0, 7)), null, null);

        assertThat(failures(pdf)).isEmpty();
    }

    @Test
    void theCheckBitesOnAnUntaggedPdf() throws Exception {
        // the same text without a structure tree, language or title: what the check must refuse
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument plain = new PDDocument()) {
            PDPage page = new PDPage();
            plain.addPage(page);
            try (var content = new PDPageContentStream(plain, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText("Statusbericht");
                content.endText();
            }
            plain.save(out);
        }

        assertThat(failures(out.toByteArray())).isNotEmpty();
    }

    static List<String> failures(byte[] pdf) throws Exception {
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                PDFAValidator validator = ValidatorFactory.createValidator(PDF_UA_1, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " @ " + a.getLocation().getContext())
                    .distinct()
                    .limit(40)
                    .toList();
        }
    }
}
