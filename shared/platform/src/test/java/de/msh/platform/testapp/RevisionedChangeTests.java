package de.msh.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.msh.platform.outbox.RevisionedChange;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class RevisionedChangeTests {

    @Test
    void appliesTheChangeAgainToAFreshCopyWhenASaveLostTheRaceWithTheRelay() {
        AtomicInteger loads = new AtomicInteger();
        AtomicInteger saves = new AtomicInteger();

        Widget saved = RevisionedChange.apply(
                () -> {
                    loads.incrementAndGet();
                    return Widget.create("widget-1", "alt");
                },
                Widget::eventSequence,
                1L,
                widget -> widget.rename("neu"),
                widget -> {
                    if (saves.incrementAndGet() == 1) {
                        throw new OptimisticLockingFailureException("relay bumped the version");
                    }
                    return widget;
                });

        assertThat(loads).hasValue(2);
        assertThat(saved.eventSequence()).isEqualTo(2);
    }

    @Test
    void refusesAStaleRevisionWithoutChangingOrSaving() {
        AtomicInteger saves = new AtomicInteger();

        assertThatThrownBy(() -> RevisionedChange.apply(
                        () -> Widget.create("widget-1", "alt"),
                        Widget::eventSequence,
                        7L,
                        widget -> widget.rename("neu"),
                        widget -> {
                            saves.incrementAndGet();
                            return widget;
                        }))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageContaining("at revision 1, not 7");
        assertThat(saves).hasValue(0);
    }

    @Test
    void givesUpAfterThreeLostRaces() {
        AtomicInteger saves = new AtomicInteger();

        assertThatThrownBy(() -> RevisionedChange.apply(
                        () -> Widget.create("widget-1", "alt"), Widget::eventSequence, null, widget -> {}, widget -> {
                            saves.incrementAndGet();
                            throw new OptimisticLockingFailureException("again");
                        }))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(saves).hasValue(3);
    }
}
