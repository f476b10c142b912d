package de.msh.reporting.space;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A view with what it reflects: the instant it was asked for (null: now) and, per topic partition, the position up to
 * which the events are in it. The view's own fields stay at the top of the answer.
 */
public record Answer<T>(@JsonUnwrapped T view, @Nullable Instant asOf, List<Positions.Position> positions) {}
