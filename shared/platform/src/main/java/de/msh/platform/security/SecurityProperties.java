package de.msh.platform.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where tokens come from and how their signature is checked.
 *
 * @param issuer the only accepted {@code iss}; for the local stack {@code http://localhost:9000}
 * @param jwkSetUri where the issuer's public keys are fetched from (lazily, on the first token); may differ from the
 *     issuer's host inside a container network
 * @param publicKeyLocation a PEM file with one RSA public key, instead of a JWK set (tests)
 */
@ConfigurationProperties("msh.security")
public record SecurityProperties(
        String issuer, @Nullable String jwkSetUri, @Nullable String publicKeyLocation) {}
