package de.msh.funding.statement.format;

/** Which way the money moved on our account. */
public enum Direction {
    /** Money in. */
    CREDIT,
    /** Money out. */
    DEBIT
}
