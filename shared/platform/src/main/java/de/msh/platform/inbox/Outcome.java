package de.msh.platform.inbox;

/** What became of one consumed event; counted as the {@code outcome} tag of {@code msh.events.consumed}. */
public enum Outcome {
    /** It changed the consumer's state. */
    APPLIED,
    /** It, or a later event of its subject, had been applied before: a redelivery or replay. */
    DUPLICATE,
    /** A known type this consumer has no use for. */
    IGNORED;

    /** The outcome of a conditional write: applied if it changed something, else a duplicate. */
    public static Outcome of(boolean changed) {
        return changed ? APPLIED : DUPLICATE;
    }

    String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
