package de.msh.reporting.statusreport.format.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays a report out from the top of the first page down: headings, paragraphs, lists, tables and figures, each
 * tagged as what it is, with a new page wherever the next piece would not fit. Reading order is drawing order.
 */
public final class Flow {

    static final float BODY = 9.5f;
    static final float SMALL = 8f;
    static final float LEADING = 1.3f;
    private static final float KEEP_WITH_HEADING = 150f;

    private final TaggedPdf pdf;
    private float y = TaggedPdf.TOP;

    public Flow(TaggedPdf pdf) {
        this.pdf = pdf;
    }

    /**
     * A heading, {@code H1} for the title and {@code H2} for a section; never at the foot of a page without room for
     * some of its section.
     */
    public void heading(int level, String text) {
        float size = level == 1 ? 16f : 12f;
        float before = y == TaggedPdf.TOP ? 0 : size * 0.9f;
        // keeps with it room for what follows: a chart, or the first rows of a table
        room(before + 2 * size * LEADING + KEEP_WITH_HEADING);
        y -= before;
        PDStructureElement heading =
                pdf.element(level == 1 ? StandardStructureTypes.H1 : StandardStructureTypes.H2, pdf.root());
        lines(heading, wrap(text, pdf.bold, size, width()), pdf.bold, size, TaggedPdf.LEFT);
        y -= size * 0.3f;
    }

    public void paragraph(String text) {
        PDStructureElement paragraph = pdf.element(StandardStructureTypes.P, pdf.root());
        lines(paragraph, wrap(text, pdf.regular, BODY, width()), pdf.regular, BODY, TaggedPdf.LEFT);
        y -= BODY * 0.5f;
    }

    /** A bulleted list; the bullets are labels, the items' text their bodies. */
    public void list(List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        PDStructureElement list = pdf.element(StandardStructureTypes.L, pdf.root());
        float indent = 12f;
        for (String item : items) {
            PDStructureElement entry = pdf.element(StandardStructureTypes.LI, list);
            List<String> lines = wrap(item, pdf.regular, BODY, width() - indent);
            room(BODY * LEADING);
            PDStructureElement label = pdf.element(StandardStructureTypes.LBL, entry);
            mark(label, () -> pdf.showText("•", pdf.regular, BODY, TaggedPdf.LEFT + 2, y - BODY));
            lines(pdf.element(StandardStructureTypes.L_BODY, entry), lines, pdf.regular, BODY, TaggedPdf.LEFT + indent);
        }
        y -= BODY * 0.5f;
    }

    /** A table under its caption; rows are added to it one by one. */
    public Table table(String caption, List<Table.Column> columns) {
        return new Table(this, pdf, caption, columns);
    }

    /** What a figure draws inside its box: lower left corner, width and height. */
    @FunctionalInterface
    public interface Drawing {
        void draw(Canvas canvas, float x, float y, float width, float height) throws IOException;
    }

    /**
     * A chart or other figure: its drawing is one piece of content tagged {@code Figure}, with {@code alt} as the
     * text a screen reader reads instead, so the alternative must say what the figure shows.
     */
    public void figure(String alt, float height, Drawing drawing) {
        room(height + 6f);
        PDStructureElement figure = pdf.element(StandardStructureTypes.Figure, pdf.root());
        figure.setAlternateDescription(pdf.printable(alt));
        float bottom = y - height;
        PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
        layout.setBBox(new PDRectangle(TaggedPdf.LEFT, bottom, width(), height));
        figure.addAttribute(layout);
        mark(figure, () -> drawing.draw(new Canvas(pdf), TaggedPdf.LEFT, bottom, width(), height));
        y = bottom - 8f;
    }

    float width() {
        return TaggedPdf.RIGHT - TaggedPdf.LEFT;
    }

    float y() {
        return y;
    }

    void down(float distance) {
        y -= distance;
    }

    /** Begins a new page unless {@code height} points still fit above the bottom margin; true if it did. */
    boolean room(float height) {
        if (y - height >= TaggedPdf.BOTTOM || y == TaggedPdf.TOP) {
            return false;
        }
        try {
            pdf.newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TaggedPdf.TOP;
        return true;
    }

    /** Writes lines for {@code element} from the cursor down, going on to the next page where they do not fit. */
    void lines(PDStructureElement element, List<String> lines, PDFont font, float size, float x) {
        float leading = size * LEADING;
        int i = 0;
        while (i < lines.size()) {
            room(leading);
            int first = i;
            float top = y;
            while (i < lines.size() && (i == first || top - (i - first + 1) * leading >= TaggedPdf.BOTTOM)) {
                i++;
            }
            int last = i;
            mark(element, () -> {
                for (int line = first; line < last; line++) {
                    pdf.showText(lines.get(line), font, size, x, top - (line - first) * leading - size);
                }
            });
            y = top - (last - first) * leading;
        }
    }

    /** What a piece of content does while it is marked. */
    @FunctionalInterface
    interface Content {
        void write() throws IOException;
    }

    void mark(PDStructureElement element, Content write) {
        try {
            pdf.begin(element);
            write.write();
            pdf.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void artifact(Content write) {
        try {
            pdf.beginArtifact();
            write.write();
            pdf.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDPageContentStream content() {
        return pdf.content();
    }

    /** {@code text}, printable, broken into lines no wider than {@code width}; a word too long is broken too. */
    List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : pdf.printable(text).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (pdf.width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (pdf.width(word, font, size) > width && word.length() > 1) {
                int cut = word.length() - 1;
                while (cut > 1 && pdf.width(word.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    TaggedPdf pdf() {
        return pdf;
    }
}
