package de.msh.local.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The short version of the soak ({@code ./infra/local/soak-store.sh} runs 50 cycles). */
class StoreSoakTests {

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedWriteSurvivesStopsAndKillsOfTheStoreProcess() throws Exception {
        StoreSoak.Result result = new StoreSoak(folder).run(4);

        assertThat(result.missing()).isEmpty();
        assertThat(result.inconsistent()).isEmpty();
        assertThat(result.kills()).isGreaterThan(0);
        assertThat(result.cycles() - result.kills()).isGreaterThan(0);
        assertThat(result.acknowledged()).isGreaterThan(100).isEqualTo(result.found());
    }
}
