/**
 * Status reports (Statusberichte) for the portfolio, a strategic field or a project: figures from the read models at
 * fixed event positions, a traffic light by written-down rules, the manager's assessment, and the files (CSV, Excel)
 * stored with what they were computed from, so that every figure can be reproduced.
 */
@NullMarked
package de.msh.reporting.statusreport;

import org.jspecify.annotations.NullMarked;
