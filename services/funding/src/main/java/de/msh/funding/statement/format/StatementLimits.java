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

    /** Nesting depth of XML elements; camt.053 needs about ten. */
    public static final int MAX_DEPTH = 32;

    private StatementLimits() {}
}
