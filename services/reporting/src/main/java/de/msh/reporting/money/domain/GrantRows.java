package de.msh.reporting.money.domain;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row per grant. Each change is applied only if the event's sequence is newer than the row's, so a redelivered
 * or replayed event changes nothing; each method says whether the row changed.
 */
public interface GrantRows {

    boolean applied(String grantId, long sequence, String projectId, String programme, String period);

    boolean decided(String grantId, long sequence, String projectId, String programme, BigDecimal committed);

    boolean moved(String grantId, long sequence, String projectId, GrantMoney.Movement... movements);

    /** The rows of the grants of one programme and/or project, or all; each filter optional. */
    List<GrantMoney> find(@Nullable String programme, @Nullable String projectId);
}
