package de.msh.reporting.asof.application;

import de.msh.platform.rule.InvalidInput;
import java.time.Instant;

/** A view asked for as of an instant that has not come yet. */
public class AsOfInFuture extends InvalidInput {

    public AsOfInFuture(String field, Instant asOf) {
        super("as-of-in-future", "Stichtag in der Zukunft", field, "The instant " + asOf + " lies in the future");
    }
}
