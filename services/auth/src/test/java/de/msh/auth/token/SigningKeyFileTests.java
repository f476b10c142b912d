package de.msh.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyFileTests {

    @TempDir
    Path directory;

    @Test
    void createsAKeyOnFirstUseAndLoadsTheSameKeyAfterwards() throws Exception {
        Path file = directory.resolve("auth/jwk.json");

        RSAKey created = new SigningKeyFile(file).loadOrCreate();
        RSAKey loaded = new SigningKeyFile(file).loadOrCreate();

        assertThat(file).exists();
        assertThat(created.isPrivate()).isTrue();
        assertThat(created.size()).isEqualTo(2048);
        assertThat(created.getKeyID()).isNotBlank();
        assertThat(loaded.getKeyID()).isEqualTo(created.getKeyID());
        assertThat(loaded.toRSAPrivateKey()).isEqualTo(created.toRSAPrivateKey());
    }

    @Test
    void leavesNoTemporaryFileBehind() {
        Path file = directory.resolve("jwk.json");

        new SigningKeyFile(file).loadOrCreate();

        assertThat(directory.toFile().list()).containsExactly("jwk.json");
    }

    @Test
    void refusesAFileWithOnlyThePublicKey() throws Exception {
        Path file = directory.resolve("jwk.json");
        RSAKey key = new SigningKeyFile(directory.resolve("other.json")).loadOrCreate();
        Files.writeString(file, key.toPublicJWK().toJSONString());

        assertThatThrownBy(() -> new SigningKeyFile(file).loadOrCreate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only a public key");
    }

    @Test
    void refusesAFileThatIsNoJwk() throws Exception {
        Path file = directory.resolve("jwk.json");
        Files.writeString(file, "not a key");

        assertThatThrownBy(() -> new SigningKeyFile(file).loadOrCreate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not hold an RSA JWK");
    }
}
