package de.msh.events;

import org.jspecify.annotations.Nullable;

/** A message that cannot be read as an event of a known type: it can never succeed on retry. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
