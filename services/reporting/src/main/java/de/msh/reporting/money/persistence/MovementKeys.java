package de.msh.reporting.money.persistence;

import java.math.BigDecimal;
import org.bson.types.Decimal128;
import org.jspecify.annotations.Nullable;

/** How ids become field names, and stored amounts become exact again. */
final class MovementKeys {

    private MovementKeys() {}

    // Field names may not hold '.' or start with '$'; the id itself is kept inside the entry.
    static String safe(String id) {
        return id.replace('.', '_').replace('$', '_');
    }

    static BigDecimal amount(@Nullable Object stored) {
        if (stored instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        return BigDecimal.ZERO;
    }
}
