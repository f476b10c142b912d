/** What a status report holds, the traffic-light rules, and the lifecycle of a report (draft, published). */
@NullMarked
package de.msh.reporting.statusreport.domain;

import org.jspecify.annotations.NullMarked;
