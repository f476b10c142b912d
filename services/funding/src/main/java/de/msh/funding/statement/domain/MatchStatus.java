package de.msh.funding.statement.domain;

/**
 * What the matching made of a booking. Only {@code MATCHED} settles a payment by itself; every other status puts the
 * booking on the finance worklist until someone resolves it.
 */
public enum MatchStatus {
    /** Reference, amount and day fit one expected payment, which is now recorded or shown as settled. */
    MATCHED,
    /** A grant is named, but amount or day fit nothing open exactly. */
    PARTIAL,
    /** A grant is named, but nothing is open for it. */
    UNMATCHED,
    /** The bank reported this booking before, in another statement. */
    DUPLICATE,
    /** No grant is named at all. */
    UNEXPECTED
}
