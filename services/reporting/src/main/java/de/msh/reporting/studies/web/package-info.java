@NullMarked
package de.msh.reporting.studies.web;

import org.jspecify.annotations.NullMarked;
