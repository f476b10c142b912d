package de.msh.funding.statement.format;

/**
 * Upper bounds for one uploaded statement file. A month of a district account is a few hundred bookings, so anything
 * near these limits is a mistake or an attack, and refusing it early keeps one upload from exhausting the service.
 */
public final class StatementLimits {

    /** Bytes per file: 5 MiB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** Bookings per file, over all statements in it. */
    public static final int MAX_BOOKINGS = 10_000;

    /** Characters per XML text node, attribute value or CSV cell. */
    public static final int MAX_TEXT = 2_000;

    /**
     * XML elements per file. A real camt.053 element with its tags and text takes 30 bytes and more, so 5 MiB of
     * statement stay below this; a file of empty elements is refused before its tree costs more than a few MiB.
     */
    public static final int MAX_ELEMENTS = 200_000;

    /** Cells per CSV record; the format has ten columns. */
    public static final int MAX_CELLS = 50;

    /** Nesting depth of XML elements; camt.053 needs about ten. */
    public static final int MAX_DEPTH = 32;

    private StatementLimits() {}
}
