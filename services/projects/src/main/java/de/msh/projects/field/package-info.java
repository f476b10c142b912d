/** The district's strategic fields (Themenfelder): reference data the office edits, never an enum. */
@NullMarked
package de.msh.projects.field;

import org.jspecify.annotations.NullMarked;
