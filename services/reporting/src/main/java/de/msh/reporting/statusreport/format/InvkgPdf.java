package de.msh.reporting.statusreport.format;

import de.msh.reporting.statusreport.domain.InvkgOverview;
import de.msh.reporting.statusreport.domain.InvkgOverview.AreaLine;
import de.msh.reporting.statusreport.domain.InvkgOverview.MeasureLine;
import de.msh.reporting.statusreport.format.pdf.Flow;
import de.msh.reporting.statusreport.format.pdf.Table;
import de.msh.reporting.statusreport.format.pdf.Table.Column;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections of a report under § 8 InvKG in the PDF: its period and basis, the sums per investment area, and the
 * measures, each as a table of the columns the reference data names (the overview), or one line each (the yearly
 * report, which shows them beside the status of the portfolio).
 */
final class InvkgPdf {

    private InvkgPdf() {}

    static void basis(Flow flow, InvkgOverview o, LocalDate on) {
        flow.paragraph("Berichtszeitraum: " + PdfText.day(o.from()) + " bis " + PdfText.day(o.to()) + ". Fällig zum "
                + PdfText.day(o.dueOn()) + ". Datenstand: Ende des " + PdfText.day(on) + ".");
        flow.heading(2, "Grundlagen und Annahmen");
        List<String> basis = new ArrayList<>(o.notes());
        basis.add(o.completion());
        basis.add(o.periodSource());
        basis.add("Spalten und Investitionsbereiche: Referenzdaten Version " + o.referenceVersion() + ".");
        flow.list(basis);
    }

    static void areas(Flow flow, InvkgOverview o) {
        flow.heading(2, "Summen je Investitionsbereich");
        if (o.areas().isEmpty()) {
            flow.paragraph("Keine Maßnahmen in diesem Zeitraum.");
            return;
        }
        Table table = flow.table(
                "Maßnahmen je Investitionsbereich nach § 4 Abs. 1 InvKG, Beträge in Euro",
                List.of(
                        Column.text("Investitionsbereich", 4),
                        Column.number("Maßnahmen", 1.5f),
                        Column.number("Förderfähig", 2.2f),
                        Column.number("Bundesanteil", 2.2f),
                        Column.number("Kofinanzierung", 2.2f),
                        Column.number("Ausgezahlt", 2.2f),
                        Column.number("Verwendet", 2.2f)));
        for (AreaLine a : o.areas()) {
            String name = (a.number() == null ? "" : "Nr. " + a.number() + ": ")
                    + a.name()
                    + (a.incomplete() == 0 ? "" : " (" + a.incomplete() + " mit fehlenden Angaben)");
            table.row(List.of(
                    name,
                    String.valueOf(a.measures()),
                    PdfText.euro(a.eligibleCosts()),
                    PdfText.euro(a.federalAmount()),
                    PdfText.euro(a.coFinancing()),
                    PdfText.euro(a.received()),
                    PdfText.euro(a.used())));
        }
        table.end();
    }

    /** Each measure as a table of its columns: what the Land passes on. */
    static void measures(Flow flow, InvkgOverview o) {
        flow.heading(2, "Abgeschlossene Maßnahmen");
        if (o.measures().isEmpty()) {
            flow.paragraph("Im " + o.label() + " wurde keine Maßnahme nach dem InvKG abgeschlossen.");
            return;
        }
        for (MeasureLine m : o.measures()) {
            Table table = flow.table(
                    PdfText.of(Views.measureCell("measure", m)),
                    List.of(Column.text("Angabe", 4), Column.text("Wert", 5)));
            for (InvkgOverview.Column column : o.columns()) {
                if (!column.key().equals("measure")) {
                    table.row(List.of(column.label(), PdfText.of(Views.measureCell(column.key(), m))));
                }
            }
            table.end();
        }
    }

    /** The measures one line each, with their phase: the yearly report's view of the implementation. */
    static void implementation(Flow flow, InvkgOverview o) {
        flow.heading(2, "Umsetzung der Maßnahmen nach dem InvKG");
        if (o.measures().isEmpty()) {
            flow.paragraph("Keine geförderten Maßnahmen nach dem InvKG.");
            return;
        }
        Table table = flow.table(
                "Geförderte Maßnahmen mit Phase und Mitteln in Euro",
                List.of(
                        Column.text("Maßnahme", 4),
                        Column.text("Phase", 2),
                        Column.number("Bundesanteil", 2.2f),
                        Column.number("Ausgezahlt", 2.2f),
                        Column.number("Verwendet", 2.2f),
                        Column.text("Abgeschlossen", 2)));
        for (MeasureLine m : o.measures()) {
            table.row(List.of(
                    PdfText.of(Views.measureCell("measure", m)),
                    Cells.phase(m.phase()),
                    PdfText.of(Views.measureCell("federalAmount", m)),
                    PdfText.of(Views.measureCell("received", m)),
                    PdfText.of(Views.measureCell("used", m)),
                    PdfText.of(Views.measureCell("completedOn", m))));
        }
        table.end();
    }
}
