package de.msh.platform.inbox;

import java.math.BigDecimal;
import org.bson.types.Decimal128;

/** Two amounts of one {@code $inc} field as the one amount the store would have added, in the wider type. */
final class Increments {

    private Increments() {}

    static Object sum(Object first, Object second) {
        if (first instanceof Decimal128 || second instanceof Decimal128) {
            return new Decimal128(decimal(first).add(decimal(second)));
        }
        if (first instanceof Double || second instanceof Double || first instanceof Float || second instanceof Float) {
            return ((Number) first).doubleValue() + ((Number) second).doubleValue();
        }
        if (first instanceof Long || second instanceof Long) {
            return ((Number) first).longValue() + ((Number) second).longValue();
        }
        long sum = ((Number) first).longValue() + ((Number) second).longValue();
        // as the store does: an int that would overflow becomes a long
        return sum == (int) sum ? (Object) (int) sum : (Object) sum;
    }

    private static BigDecimal decimal(Object amount) {
        return amount instanceof Decimal128 d ? d.bigDecimalValue() : new BigDecimal(amount.toString());
    }
}
