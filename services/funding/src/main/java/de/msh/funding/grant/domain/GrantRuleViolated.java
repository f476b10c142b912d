package de.msh.funding.grant.domain;

import de.msh.platform.rule.RuleViolated;

/** A step the grant's state or its programme forbids; {@link #rule()} is a stable slug clients can switch on. */
public class GrantRuleViolated extends RuleViolated {

    public static final String NOT_PENDING = "grant-already-decided";
    public static final String FEDERAL_SHARE_EXCEEDED = "federal-share-exceeded";
    public static final String NOT_APPROVED = "grant-not-approved";
    public static final String CALL_EXCEEDS_TRANCHE = "call-exceeds-tranche";
    public static final String CALL_EXCEEDS_GRANT = "call-exceeds-grant";
    public static final String NO_CALL = "payment-without-call";
    public static final String PAYMENT_EXCEEDS_CALL = "payment-exceeds-call";
    public static final String DISBURSEMENT_EXCEEDS_RECEIPTS = "disbursement-exceeds-receipts";
    public static final String RECLAIM_EXCEEDS_RECEIPTS = "reclaim-exceeds-receipts";
    public static final String ALREADY_REPAID = "reclaim-already-repaid";
    public static final String ALREADY_RECONCILED = "payment-already-reconciled";
    public static final String AMENDMENT_BELOW_CALLED = "amendment-below-called";
    public static final String PROOF_NOT_DUE = "proof-not-due";
    public static final String RECOGNISED_ABOVE_SHARE = "recognised-above-share";
    public static final String NOT_SETTLED = "grant-not-settled";

    public GrantRuleViolated(String rule, String message) {
        super(rule, message);
    }
}
