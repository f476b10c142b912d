package de.msh.funding.grant.domain;

/**
 * beantragt, bewilligt, abgelehnt, widerrufen, abgeschlossen. Calls, payments and proofs happen while approved; a
 * revoked grant only takes repayments.
 */
public enum GrantStatus {
    APPLIED,
    APPROVED,
    REJECTED,
    REVOKED,
    CLOSED
}
