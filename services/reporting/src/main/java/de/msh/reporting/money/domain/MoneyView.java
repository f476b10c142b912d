package de.msh.reporting.money.domain;

import java.util.List;

/**
 * The money of the grants a filter lets through: in all, by programme and funding period, rolled up from project to
 * strategic field, and the money moved per calendar year (a decision is not per year, so committed is not in the
 * years). A project reporting has not (yet) seen is filed under the field {@code unbekannt}.
 */
public record MoneyView(
        MoneyTotals total,
        List<MoneyTotals> byProgramme,
        List<MoneyTotals> byField,
        List<MoneyTotals> byProject,
        List<YearMoney> byYear) {

    /** The field under which the money of a project is filed that reporting has not seen registered. */
    public static final String UNKNOWN_FIELD = "unbekannt";
}
