package de.msh.platform.testapp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.DataAccessResourceFailureException;

/** Lets a test make the store look unreachable for the next n events of one subject. */
class Faults {

    private final Map<String, AtomicInteger> storeDown = new ConcurrentHashMap<>();

    void storeDownFor(String subject, int times) {
        storeDown.put(subject, new AtomicInteger(times));
    }

    void onApply(String subject) {
        AtomicInteger left = storeDown.get(subject);
        if (left != null && left.getAndDecrement() > 0) {
            throw new DataAccessResourceFailureException("Timed out while waiting for a server (simulated)");
        }
    }
}
