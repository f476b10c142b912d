package de.msh.events.funding;

/**
 * How a booking does not fit: {@code PARTIAL} names a grant but its amount or day does not fit what is open;
 * {@code UNMATCHED} names a grant with nothing open to settle; {@code DUPLICATE} was booked before;
 * {@code UNEXPECTED} names no grant at all.
 */
public enum DiscrepancyKind {
    PARTIAL,
    UNMATCHED,
    DUPLICATE,
    UNEXPECTED
}
