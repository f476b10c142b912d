@NullMarked
package de.msh.reporting.studies.persistence;

import org.jspecify.annotations.NullMarked;
