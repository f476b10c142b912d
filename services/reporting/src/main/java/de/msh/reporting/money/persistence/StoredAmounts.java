package de.msh.reporting.money.persistence;

import java.math.BigDecimal;
import org.bson.types.Decimal128;
import org.jspecify.annotations.Nullable;

/** How stored amounts become exact again. */
final class StoredAmounts {

    private StoredAmounts() {}

    static BigDecimal amount(@Nullable Object stored) {
        if (stored instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        return BigDecimal.ZERO;
    }
}
