package de.msh.events.funding;

/**
 * Who receives a grant, as far as the subsidy rules tell them apart: the general conditions (ANBest-P) or those for
 * local authorities (ANBest-Gk), which give, among others, a longer window to spend called funds.
 */
public enum RecipientKind {
    /** A local authority (Gebietskörperschaft): a municipality, the district. */
    MUNICIPALITY,
    /** Anyone else: a company such as the SEG, an association, a foundation. */
    OTHER
}
