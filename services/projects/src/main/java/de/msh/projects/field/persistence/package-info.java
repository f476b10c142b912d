/** The catalogue of strategic fields, read from the office's reference data file. */
@NullMarked
package de.msh.projects.field.persistence;

import org.jspecify.annotations.NullMarked;
