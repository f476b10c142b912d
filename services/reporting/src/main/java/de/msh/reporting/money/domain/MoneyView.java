package de.msh.reporting.money.domain;

import java.util.List;

/** The money of the grants a filter lets through: in all, by programme and funding period, and by project. */
public record MoneyView(MoneyTotals total, List<MoneyTotals> byProgramme, List<MoneyTotals> byProject) {}
