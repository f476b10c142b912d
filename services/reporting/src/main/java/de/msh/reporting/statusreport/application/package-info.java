/** Drafting, assessing, publishing and reproducing status reports. */
@NullMarked
package de.msh.reporting.statusreport.application;

import org.jspecify.annotations.NullMarked;
