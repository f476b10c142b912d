package de.msh.platform.problem;

import java.net.URI;

/** Stable problem type URIs, {@code https://problems.msh.example/<slug>}: clients may switch on them. */
public final class ProblemTypes {

    public static final String BASE = "https://problems.msh.example/";

    public static final URI VALIDATION = of("validation-failed");
    public static final URI MALFORMED_REQUEST = of("malformed-request");
    public static final URI UNAUTHENTICATED = of("unauthenticated");
    public static final URI FORBIDDEN = of("forbidden");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI STALE_VERSION = of("stale-version");
    public static final URI DUPLICATE = of("duplicate");
    public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    public static final URI INTERNAL = of("internal-error");
    public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");

    private ProblemTypes() {}

    public static URI of(String slug) {
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("Problem slugs are lower-case words joined by '-': " + slug);
        }
        return URI.create(BASE + slug);
    }
}
