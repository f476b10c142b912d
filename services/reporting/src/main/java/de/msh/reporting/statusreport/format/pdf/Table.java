package de.msh.reporting.statusreport.format.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jspecify.annotations.Nullable;

/**
 * A table as a screen reader reads it: caption, a head row of column headers, and body rows whose first cell is the
 * row's header. A row never breaks across pages; on each further page the head row is drawn again as an artifact,
 * so it is read once.
 */
public final class Table {

    /**
     * A column: its header, its share of the page's width, and whether its figures are aligned to the right.
     */
    public record Column(String header, float share, boolean numeric) {

        public static Column text(String header, float share) {
            return new Column(header, share, false);
        }

        public static Column number(String header, float share) {
            return new Column(header, share, true);
        }
    }

    private static final float PAD = 2.5f;
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color BAR = new Color(0x1d, 0x4e, 0xd8);

    private final Flow flow;
    private final TaggedPdf pdf;
    private final List<Column> columns;
    private final float[] widths;
    private final PDStructureElement body;
    private final List<List<String>> head;

    Table(Flow flow, TaggedPdf pdf, String caption, List<Column> columns) {
        this.flow = flow;
        this.pdf = pdf;
        this.columns = List.copyOf(columns);
        float total = (float) columns.stream().mapToDouble(Column::share).sum();
        widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = flow.width() * columns.get(i).share() / total;
        }
        head = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            head.add(flow.wrap(columns.get(i).header(), pdf.bold, Flow.SMALL, widths[i] - 2 * PAD));
        }
        PDStructureElement table = pdf.element(StandardStructureTypes.TABLE, pdf.root());
        List<String> captionLines = flow.wrap(caption, pdf.bold, Flow.BODY, flow.width());
        // the caption, the head and a first row stay together
        flow.room(captionLines.size() * Flow.BODY * Flow.LEADING + 2 * height(head) + 4f);
        flow.lines(
                pdf.element(StandardStructureTypes.CAPTION, table), captionLines, pdf.bold, Flow.BODY, TaggedPdf.LEFT);
        flow.down(2f);
        PDStructureElement headRow =
                pdf.element(StandardStructureTypes.TR, pdf.element(StandardStructureTypes.T_HEAD, table));
        List<PDStructureElement> headers = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            PDStructureElement header = pdf.element(StandardStructureTypes.TH, headRow);
            header.addAttribute(scope(PDTableAttributeObject.SCOPE_COLUMN));
            headers.add(header);
        }
        drawHead(headers);
        body = pdf.element(StandardStructureTypes.T_BODY, table);
    }

    /** A body row; its first cell heads the row. */
    public void row(List<String> cells) {
        row(cells, null);
    }

    /**
     * A body row with a bar in its last cell, after that cell's text: {@code bar} is its length as a share of the
     * cell (0 to 1). The bar is decoration; the figure it shows must be in the row's text.
     */
    public void row(List<String> cells, @Nullable Double bar) {
        if (cells.size() != widths.length) {
            throw new IllegalArgumentException(cells.size() + " cells for " + widths.length + " columns");
        }
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            lines.add(flow.wrap(cells.get(i), pdf.regular, Flow.SMALL, widths[i] - 2 * PAD));
        }
        float height = height(lines);
        if (flow.room(height)) {
            drawHead(null);
        }
        PDStructureElement row = pdf.element(StandardStructureTypes.TR, body);
        float x = TaggedPdf.LEFT;
        for (int i = 0; i < widths.length; i++) {
            PDStructureElement cell = pdf.element(i == 0 ? StandardStructureTypes.TH : StandardStructureTypes.TD, row);
            if (i == 0) {
                cell.addAttribute(scope(PDTableAttributeObject.SCOPE_ROW));
            }
            cell(cell, lines.get(i), pdf.regular, x, i);
            if (bar != null && i == widths.length - 1) {
                float start = x + PAD + textWidth(lines.get(i)) + 4f;
                float length = (float) Math.max(0, Math.min(1, bar)) * (x + widths[i] - PAD - start);
                float top = flow.y() - PAD;
                flow.artifact(() -> new Canvas(pdf).box(start, top - Flow.SMALL, length, Flow.SMALL, BAR));
            }
            x += widths[i];
        }
        rule(height);
        flow.down(height);
    }

    /** The table is complete; what follows keeps a little distance. */
    public void end() {
        flow.down(8f);
    }

    // the head row: tagged the first time, an artifact when repeated on a later page
    private void drawHead(@Nullable List<PDStructureElement> headers) {
        float x = TaggedPdf.LEFT;
        for (int i = 0; i < widths.length; i++) {
            if (headers == null) {
                int column = i;
                float at = x;
                flow.artifact(() -> text(head.get(column), pdf.bold, at, column));
            } else {
                cell(headers.get(i), head.get(i), pdf.bold, x, i);
            }
            x += widths[i];
        }
        float height = height(head);
        rule(height);
        flow.down(height);
    }

    private void cell(PDStructureElement cell, List<String> lines, PDFont font, float x, int column) {
        flow.mark(cell, () -> text(lines, font, x, column));
    }

    private void text(List<String> lines, PDFont font, float x, int column) throws java.io.IOException {
        float leading = Flow.SMALL * Flow.LEADING;
        float top = flow.y() - PAD;
        for (int line = 0; line < lines.size(); line++) {
            String text = lines.get(line);
            float at = x + PAD;
            if (columns.get(column).numeric()) {
                at = x + widths[column] - PAD - pdf.width(text, font, Flow.SMALL);
            }
            pdf.showText(text, font, Flow.SMALL, at, top - line * leading - Flow.SMALL);
        }
    }

    private void rule(float height) {
        float at = flow.y() - height;
        flow.artifact(() -> new Canvas(pdf).line(TaggedPdf.LEFT, at, TaggedPdf.RIGHT, at, 0.5f, RULE));
    }

    private float textWidth(List<String> lines) {
        float widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, pdf.width(line, pdf.regular, Flow.SMALL));
        }
        return widest;
    }

    private static float height(List<List<String>> cells) {
        int most = cells.stream().mapToInt(List::size).max().orElse(1);
        return most * Flow.SMALL * Flow.LEADING + 2 * PAD;
    }

    private static PDTableAttributeObject scope(String scope) {
        PDTableAttributeObject attribute = new PDTableAttributeObject();
        attribute.setScope(scope);
        return attribute;
    }
}
