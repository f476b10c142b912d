package de.msh.portal.web;

import java.security.SecureRandom;
import java.util.HexFormat;

/** A short id that the error page shows and the log names beside the cause, so support can find one from the other. */
final class ErrorReference {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {}

    static String next() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return "MSH-" + HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
