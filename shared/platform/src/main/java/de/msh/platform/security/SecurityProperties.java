package de.msh.platform.security;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where tokens come from, how their signature is checked, and who may write where.
 *
 * @param issuer the only accepted {@code iss}; for the local stack {@code http://localhost:9000}
 * @param jwkSetUri where the issuer's public keys are fetched from (lazily, on the first token); may differ from the
 *     issuer's host inside a container network
 * @param publicKeyLocation a PEM file with one RSA public key, instead of a JWK set (tests)
 * @param writes the service's write rules: which roles may POST, PUT, PATCH or DELETE under a path. They are
 *     checked in the filter chain, before a body is read; a write no rule names is for admins only
 * @param secretAddresses GET paths (Ant-style) that need no bearer token because the address itself carries a
 *     secret the service checks, such as a calendar feed a calendar client reads without logging in
 */
@ConfigurationProperties("msh.security")
public record SecurityProperties(
        String issuer,
        @Nullable String jwkSetUri,
        @Nullable String publicKeyLocation,
        @Nullable List<WriteRule> writes,
        @Nullable List<String> secretAddresses) {

    /** Writes under {@code path} (an Ant-style pattern such as {@code /api/projects/**}) are for these roles. */
    public record WriteRule(String path, List<String> roles) {}

    public List<WriteRule> writeRules() {
        return writes == null ? List.of() : writes;
    }

    public List<String> secretAddressPaths() {
        return secretAddresses == null ? List.of() : secretAddresses;
    }
}
