/**
 * The facts of each federal grant that the Land's report under § 8 InvKG asks for (recipient, investment area,
 * eligible expenditure, federal share and rate, end of the measure, final proof of use), kept per grant from the
 * funding events, and the reference data of that report: its periods, fields and the investment areas of § 4 (1)
 * InvKG. The report itself is a status report of scope {@code INVKG_HALF_YEAR} or {@code INVKG_YEAR}.
 */
@NullMarked
package de.msh.reporting.invkg;

import org.jspecify.annotations.NullMarked;
