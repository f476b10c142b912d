package de.msh.reporting.money.domain;

import java.util.List;

/**
 * The money of the grants a filter lets through: in all, by programme and funding period, by project, and the money
 * moved per calendar year (a decision is not per year, so committed is not in the years).
 */
public record MoneyView(
        MoneyTotals total, List<MoneyTotals> byProgramme, List<MoneyTotals> byProject, List<YearMoney> byYear) {}
