/** REST under /api/reporting/portfolio. */
@NullMarked
package de.msh.reporting.portfolio.web;

import org.jspecify.annotations.NullMarked;
