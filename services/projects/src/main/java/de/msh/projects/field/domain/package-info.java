/** A strategic field and the catalogue of them. */
@NullMarked
package de.msh.projects.field.domain;

import org.jspecify.annotations.NullMarked;
