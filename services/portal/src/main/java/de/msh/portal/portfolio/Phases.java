package de.msh.portal.portfolio;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The phases in the order the board shows them: the lifecycle, then on hold and cancelled. */
public final class Phases {

    public static final List<String> BOARD = List.of(
            "IDEA", "CONCEPT", "APPLICATION", "APPROVED", "IMPLEMENTATION", "COMPLETED", "ON_HOLD", "CANCELLED");

    /** Moving to these needs a reason (the service's rule); the form says so up front. */
    public static final List<String> NEED_REASON = List.of("ON_HOLD", "CANCELLED");

    private Phases() {}

    /** Groups keyed by phase in the board's order, with {@code none} standing in for a phase without one. */
    public static <T> List<T> inBoardOrder(List<T> groups, Function<T, String> key, Function<String, T> none) {
        Map<String, T> byKey = new HashMap<>();
        groups.forEach(group -> byKey.put(key.apply(group), group));
        return BOARD.stream()
                .map(phase -> byKey.containsKey(phase) ? byKey.get(phase) : none.apply(phase))
                .toList();
    }
}
