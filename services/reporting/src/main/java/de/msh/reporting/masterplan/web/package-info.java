@NullMarked
package de.msh.reporting.masterplan.web;

import org.jspecify.annotations.NullMarked;
