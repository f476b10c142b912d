package de.msh.platform.limits;

import tools.jackson.core.StreamReadConstraints;

/**
 * What a JSON document may be before parsing stops: 64 levels deep, strings of at most a million characters, 8 MiB
 * in all. Set as Jackson's process-wide default, because the mappers Boot and the libraries build each make their
 * own parser factory; installed by {@code PlatformDefaults} before any of them exists.
 */
public final class JsonLimits {

    public static final int MAX_DEPTH = 64;
    public static final int MAX_STRING = 1_000_000;
    public static final long MAX_DOCUMENT = 8L * 1024 * 1024;

    private JsonLimits() {}

    public static void install() {
        StreamReadConstraints.overrideDefaultStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_STRING)
                .maxDocumentLength(MAX_DOCUMENT)
                .build());
    }
}
