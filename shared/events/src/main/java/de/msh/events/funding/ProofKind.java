package de.msh.events.funding;

/** Zwischennachweis (yearly) or Verwendungsnachweis at the end of the measure. */
public enum ProofKind {
    INTERIM,
    FINAL
}
