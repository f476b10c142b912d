/** Reads catalogue files (CSV, JSON) into raw rows; knows formats, not rules. */
@NullMarked
package de.msh.studies.catalogue.format;

import org.jspecify.annotations.NullMarked;
