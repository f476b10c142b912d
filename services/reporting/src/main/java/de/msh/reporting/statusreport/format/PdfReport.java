package de.msh.reporting.statusreport.format;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import de.msh.reporting.statusreport.domain.ReportPosition;
import de.msh.reporting.statusreport.domain.StatusReportContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report as a tagged PDF for screen readers (PDF/UA, as BITV 2.0 asks of public bodies' documents): written as
 * XHTML and laid out by openhtmltopdf with its accessibility mode, so headings, tables with their header cells, lists
 * and the document language become the PDF's structure; the fonts (DejaVu Sans, from {@code msh-ui}) are embedded.
 * The markup is {@link ReportXhtml}'s.
 */
public final class PdfReport {

    private static final String FONTS = "/de/msh/ui/fonts/";

    private PdfReport() {}

    public static byte[] write(
            StatusReportContent content,
            List<ReportPosition> positions,
            @Nullable String assessment,
            @Nullable String risks) {
        String xhtml = ReportXhtml.of(content, positions, assessment, risks);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("DejaVuSans.ttf"), ReportXhtml.FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), ReportXhtml.FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = PdfReport.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("Font " + file + " is missing from msh-ui (" + FONTS + ")");
        }
        return in;
    }
}
