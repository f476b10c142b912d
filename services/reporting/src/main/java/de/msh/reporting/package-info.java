/**
 * The reporting service: read models built from every topic, rebuildable from offset zero, and the reports
 * managers read.
 */
@NullMarked
package de.msh.reporting;

import org.jspecify.annotations.NullMarked;
