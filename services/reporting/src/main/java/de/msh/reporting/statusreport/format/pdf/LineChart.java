package de.msh.reporting.statusreport.format.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * A line chart: series over a shared x and y range, with labelled ticks, an optional diagonal (for a milestone trend
 * analysis, where x and y are both days) and a legend under the plot. Drawn inside a {@link Flow#figure}, whose
 * text alternative must carry what the lines show.
 */
public final class LineChart implements Flow.Drawing {

    /** A line through its points; dashed for what is forecast; dots mark each point. */
    public record Series(String name, double[] xs, double[] ys, Color colour, boolean dashed, boolean dots) {}

    /** A labelled position on an axis. */
    public record Tick(double at, String label) {}

    /** The colours series take in turn, distinguishable also in greyscale print. */
    public static final List<Color> PALETTE = List.of(
            new Color(0x1d, 0x4e, 0xd8),
            new Color(0xb9, 0x1c, 0x1c),
            new Color(0x04, 0x78, 0x57),
            new Color(0xa1, 0x62, 0x07),
            new Color(0x6d, 0x28, 0xd9),
            new Color(0x11, 0x11, 0x11));

    private static final float LABEL = 6.5f;
    private static final float LEGEND_LINE = 10f;
    private static final float LEFT_AXIS = 58f;
    private static final float BOTTOM_AXIS = 14f;
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);

    private final List<Series> series;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final List<Tick> xTicks;
    private final List<Tick> yTicks;
    private final boolean diagonal;

    public LineChart(
            List<Series> series,
            double xMin,
            double xMax,
            double yMin,
            double yMax,
            List<Tick> xTicks,
            List<Tick> yTicks,
            boolean diagonal) {
        this.series = List.copyOf(series);
        this.xMin = xMin;
        this.xMax = xMax > xMin ? xMax : xMin + 1;
        this.yMin = yMin;
        this.yMax = yMax > yMin ? yMax : yMin + 1;
        this.xTicks = List.copyOf(xTicks);
        this.yTicks = List.copyOf(yTicks);
        this.diagonal = diagonal;
    }

    /** The height of a figure whose plot is {@code plot} points high, with axis labels and legend. */
    public float height(float plot) {
        return plot + BOTTOM_AXIS + series.size() * LEGEND_LINE + 4f;
    }

    @Override
    public void draw(Canvas canvas, float x, float y, float width, float height) throws IOException {
        float legend = series.size() * LEGEND_LINE + 4f;
        float left = x + LEFT_AXIS;
        float bottom = y + legend + BOTTOM_AXIS;
        float plotWidth = width - LEFT_AXIS - 8f;
        float plotHeight = height - legend - BOTTOM_AXIS;
        for (Tick tick : yTicks) {
            float at = bottom + scale(tick.at(), yMin, yMax, plotHeight);
            canvas.line(left, at, left + plotWidth, at, 0.4f, GRID);
            canvas.label(tick.label(), left - 3f, at - LABEL / 3, LABEL, Canvas.Align.RIGHT);
        }
        for (Tick tick : xTicks) {
            float at = left + scale(tick.at(), xMin, xMax, plotWidth);
            canvas.line(at, bottom, at, bottom - 2f, 0.5f, Color.BLACK);
            canvas.label(tick.label(), at, bottom - 2f - LABEL - 1f, LABEL, Canvas.Align.CENTER);
        }
        canvas.line(left, bottom, left + plotWidth, bottom, 0.6f, Color.BLACK);
        canvas.line(left, bottom, left, bottom + plotHeight, 0.6f, Color.BLACK);
        if (diagonal) {
            double from = Math.max(xMin, yMin);
            double to = Math.min(xMax, yMax);
            if (to > from) {
                canvas.line(
                        left + scale(from, xMin, xMax, plotWidth),
                        bottom + scale(from, yMin, yMax, plotHeight),
                        left + scale(to, xMin, xMax, plotWidth),
                        bottom + scale(to, yMin, yMax, plotHeight),
                        0.6f,
                        Color.GRAY);
            }
        }
        for (Series line : series) {
            float[] xs = new float[line.xs().length];
            float[] ys = new float[line.ys().length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = left + scale(line.xs()[i], xMin, xMax, plotWidth);
                ys[i] = bottom + scale(line.ys()[i], yMin, yMax, plotHeight);
            }
            canvas.polyline(xs, ys, 1.2f, line.colour(), line.dashed());
            if (line.dots() || xs.length == 1) {
                for (int i = 0; i < xs.length; i++) {
                    canvas.dot(xs[i], ys[i], 3f, line.colour());
                }
            }
        }
        float row = y + legend - LEGEND_LINE;
        for (Series line : series) {
            float middle = row + LABEL / 3;
            canvas.polyline(
                    new float[] {left, left + 16f}, new float[] {middle, middle}, 1.2f, line.colour(), line.dashed());
            canvas.label(line.name(), left + 20f, row, LABEL, Canvas.Align.LEFT);
            row -= LEGEND_LINE;
        }
    }

    private static float scale(double value, double min, double max, float length) {
        double clamped = Math.max(min, Math.min(max, value));
        return (float) ((clamped - min) / (max - min) * length);
    }

    /** About five round steps from {@code min} to {@code max} (1, 2 or 5 times a power of ten). */
    public static double[] niceTicks(double min, double max) {
        double span = max - min;
        if (span <= 0) {
            return new double[] {min};
        }
        double raw = span / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step =
                raw / power < 1.5 ? power : raw / power < 3.5 ? 2 * power : raw / power < 7.5 ? 5 * power : 10 * power;
        double first = Math.ceil(min / step) * step;
        int count = (int) Math.floor((max - first) / step) + 1;
        double[] ticks = new double[Math.max(count, 0)];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = first + i * step;
        }
        return ticks;
    }
}
