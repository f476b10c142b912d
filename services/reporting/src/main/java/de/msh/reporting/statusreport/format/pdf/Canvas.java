package de.msh.reporting.statusreport.format.pdf;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Drawing for figures and table decoration: lines, boxes and labels, in points from the page's lower left. */
public final class Canvas {

    /** How a label stands at its point. */
    public enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    private final TaggedPdf pdf;
    private final PDPageContentStream content;

    Canvas(TaggedPdf pdf) {
        this.pdf = pdf;
        this.content = pdf.content();
    }

    public void box(float x, float y, float width, float height, Color fill) throws IOException {
        if (width <= 0 || height <= 0) {
            return;
        }
        content.setNonStrokingColor(fill);
        content.addRect(x, y, width, height);
        content.fill();
        content.setNonStrokingColor(Color.BLACK);
    }

    public void line(float x1, float y1, float x2, float y2, float width, Color colour) throws IOException {
        polyline(new float[] {x1, x2}, new float[] {y1, y2}, width, colour, false);
    }

    /** A line through the points; dashed for what is forecast rather than measured. */
    public void polyline(float[] xs, float[] ys, float width, Color colour, boolean dashed) throws IOException {
        if (xs.length < 2) {
            return;
        }
        content.setStrokingColor(colour);
        content.setLineWidth(width);
        content.setLineDashPattern(dashed ? new float[] {3f, 2f} : new float[0], 0);
        content.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            content.lineTo(xs[i], ys[i]);
        }
        content.stroke();
        content.setLineDashPattern(new float[0], 0);
        content.setStrokingColor(Color.BLACK);
    }

    /** A small filled square centred on the point, so a single measurement is visible without a line. */
    public void dot(float x, float y, float size, Color colour) throws IOException {
        box(x - size / 2, y - size / 2, size, size, colour);
    }

    public void label(String text, float x, float y, float size, Align align) throws IOException {
        PDFont font = pdf.regular;
        String shown = pdf.printable(text);
        float width = pdf.width(shown, font, size);
        float at = switch (align) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
        pdf.showText(shown, font, size, at, y);
    }
}
