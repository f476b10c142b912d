/** REST under /api/reporting/money. */
@NullMarked
package de.msh.reporting.money.web;

import org.jspecify.annotations.NullMarked;
