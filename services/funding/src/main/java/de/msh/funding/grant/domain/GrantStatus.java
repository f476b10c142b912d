package de.msh.funding.grant.domain;

/** beantragt, bewilligt, abgelehnt. Calls, payments, proofs and closing follow in later steps of the lifecycle. */
public enum GrantStatus {
    APPLIED,
    APPROVED,
    REJECTED
}
