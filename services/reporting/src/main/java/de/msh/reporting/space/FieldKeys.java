package de.msh.reporting.space;

/** An id as a field name in a read-model row ({@code bookings.<id>}, {@code recommendations.<id>}). */
public final class FieldKeys {

    private FieldKeys() {}

    /** Field names may not hold '.' or start with '$'; the id itself is kept inside the entry where it matters. */
    public static String of(String id) {
        return id.replace('.', '_').replace('$', '_');
    }
}
