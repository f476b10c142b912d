package de.msh.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Date;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA key that signs every token, kept as a JWK in a file. A fresh key on every start would invalidate the tokens
 * the portal and the services hold whenever the local stack restarts, so the key is created once and reused.
 */
public final class SigningKeyFile {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyFile.class);

    private static final int KEY_SIZE = 2048;

    private final Path file;

    public SigningKeyFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** The key in the file, or a new one written there when the file does not exist yet. */
    public RSAKey loadOrCreate() {
        try {
            return Files.exists(file) ? load() : create();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the signing key file " + file, e);
        }
    }

    private RSAKey load() throws IOException {
        RSAKey key;
        try {
            key = RSAKey.parse(Files.readString(file));
        } catch (ParseException e) {
            throw new IllegalStateException(file + " does not hold an RSA JWK; delete it to get a new key", e);
        }
        if (!key.isPrivate()) {
            throw new IllegalStateException(file + " holds only a public key; delete it to get a new key");
        }
        return key;
    }

    private RSAKey create() throws IOException {
        RSAKey key = generate();
        Path directory = file.getParent();
        Files.createDirectories(directory);
        // A temporary file is created readable by its owner only, and the rename publishes the key whole.
        Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, key.toJSONString());
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException e) {
            // Another process started at the same moment and won; its key is the one everybody must use.
            return load();
        } finally {
            Files.deleteIfExists(temporary);
        }
        log.info("Created a new token signing key {} in {}", key.getKeyID(), file);
        return key;
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_SIZE)
                    .keyUse(KeyUse.SIGNATURE)
                    .keyID(UUID.randomUUID().toString())
                    .issueTime(new Date())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }
}
