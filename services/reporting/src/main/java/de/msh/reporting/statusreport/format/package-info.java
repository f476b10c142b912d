/**
 * The report as files: tagged PDF, CSV (RFC 4180, semicolons) and Excel, with cells that could become formulas
 * neutralised.
 */
@NullMarked
package de.msh.reporting.statusreport.format;

import org.jspecify.annotations.NullMarked;
