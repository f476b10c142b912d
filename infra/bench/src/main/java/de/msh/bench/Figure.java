package de.msh.bench;

import java.util.Locale;

/**
 * One measured figure beside what bounds it: for a rate, ours against the reference (the goal is a minimum share of
 * it); for a latency, ours against a ceiling.
 *
 * @param name what was measured
 * @param store memory, h2 or sqlite
 * @param ours our value
 * @param reference the value it is held against (a rate of a reference tool, or a ceiling)
 * @param referenceName where the reference comes from
 * @param unit the unit of both values
 * @param goal the goal as text
 * @param met whether the goal is met
 */
public record Figure(
        String name,
        String store,
        double ours,
        double reference,
        String referenceName,
        String unit,
        String goal,
        boolean met) {

    /** A rate that must reach at least {@code share} of the lower of two references. */
    public static Figure rate(String name, String store, double ours, Reference first, Reference second, double share) {
        Reference lower = first.value() <= second.value() ? first : second;
        Reference higher = lower == first ? second : first;
        return new Figure(
                name,
                store,
                ours,
                lower.value(),
                String.format(Locale.ROOT, "%s (%s %.0f)", lower.name(), higher.name(), higher.value()),
                "events/s",
                String.format(Locale.ROOT, ">= %.0f %% of min(%s, %s)", share * 100, first.name(), second.name()),
                ours >= share * lower.value());
    }

    /** A value that is only reported beside a reference, with no goal of its own. */
    public static Figure info(String name, String store, double ours, Reference reference, String unit) {
        return new Figure(name, store, ours, reference.value(), reference.name(), unit, "-", true);
    }

    /** A latency that must stay below a ceiling; {@code binding} false reports it without a goal. */
    public static Figure latency(String name, String store, double oursMillis, double ceilingMillis, boolean binding) {
        return new Figure(
                name,
                store,
                oursMillis,
                ceilingMillis,
                "ceiling",
                "ms",
                binding ? String.format(Locale.ROOT, "< %.0f ms", ceilingMillis) : "-",
                !binding || oursMillis < ceilingMillis);
    }

    public double ratio() {
        return reference == 0 ? 0 : ours / reference;
    }

    /** A named reference value. */
    public record Reference(String name, double value) {}
}
