package de.msh.reporting.space;

import java.time.Instant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Answers any view as the read models stood at an earlier instant, from the topics' history. */
public interface ViewsAsOf {

    /**
     * The view now ({@code asOf} null), or as it stood at the instant: computed in a space that holds exactly the
     * events the broker had by then.
     */
    <T> Answer<T> answer(@Nullable Instant asOf, Supplier<T> view);
}
