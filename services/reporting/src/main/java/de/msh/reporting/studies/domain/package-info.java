@NullMarked
package de.msh.reporting.studies.domain;

import org.jspecify.annotations.NullMarked;
