package de.msh.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderValuesTests {

    @Test
    void readsEveryInstantARelayWritesAsTheGeneralParserDoes() {
        SplittableRandom random = new SplittableRandom(2038);
        for (int i = 0; i < 20_000; i++) {
            // whole seconds, millis, micros and nanos, as Instant.toString drops trailing zero groups
            long nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000L;
                case 2 -> random.nextInt(1_000_000) * 1_000L;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 253_402_300_799L), nanos);

            assertThat(HeaderValues.instant(instant.toString())).isEqualTo(instant);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-30T04:39:17.1Z",
                "2026-11-30T04:39:17.12345Z",
                "2024-02-29T23:59:59.999999999Z",
                "1970-01-01T00:00:00Z",
                "2026-11-30T05:39:17+01:00",
                "+12026-11-30T04:39:17Z",
                "2026-11-30T04:39:17.000Z",
                "2026-11-30T24:00:00Z",
                "2026-11-30T04:39:17.Z"
            })
    void readsOtherIso8601InstantsAsTheGeneralParserDoes(String value) {
        assertThat(HeaderValues.instant(value)).isEqualTo(Instant.parse(value));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-02-30T04:39:17Z",
                "2026-13-01T04:39:17Z",
                "2026-11-30T04:60:17Z",
                "2026-11-30T04:39:17.1234567890Z",
                "2026-11-3xT04:39:17Z",
                "2026-11-30 04:39:17Z",
                "yesterday"
            })
    void refusesWhatTheGeneralParserRefuses(String value) {
        assertThatThrownBy(() -> Instant.parse(value)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> HeaderValues.instant(value)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void readsASourceOnceAndThenKnowsIt() {
        URI first = HeaderValues.source("/services/projects");

        assertThat(first).isEqualTo(URI.create("/services/projects"));
        assertThat(HeaderValues.source("/services/projects")).isSameAs(first);
    }

    @Test
    void refusesAMalformedSource() {
        assertThatThrownBy(() -> HeaderValues.source("not a uri")).isInstanceOf(IllegalArgumentException.class);
    }
}
