package de.msh.studies.catalogue.format;

/**
 * What is wrong with one row of a catalogue file.
 *
 * @param row the row as {@link RawRow#row()} counts it; 0 for the file as a whole
 * @param field the column at fault, or {@code file} when the file cannot be read at all
 */
public record RowError(int row, String field, String message) {}
