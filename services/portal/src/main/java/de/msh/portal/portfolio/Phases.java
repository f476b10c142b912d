package de.msh.portal.portfolio;

import java.util.List;

/** The phases in the order the board shows them: the lifecycle, then on hold and cancelled. */
public final class Phases {

    public static final List<String> BOARD = List.of(
            "IDEA", "CONCEPT", "APPLICATION", "APPROVED", "IMPLEMENTATION", "COMPLETED", "ON_HOLD", "CANCELLED");

    /** Moving to these needs a reason (the service's rule); the form says so up front. */
    public static final List<String> NEED_REASON = List.of("ON_HOLD", "CANCELLED");

    private Phases() {}
}
