package de.msh.platform.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The staff roles, as they appear in the {@code roles} claim of both issuers. Who may write what is decided per
 * service next to its controllers; every role here may read.
 */
public final class Roles {

    public static final String STEERING = "steering";
    public static final String FINANCE = "finance";
    public static final String MANAGER = "manager";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    public static final List<String> STAFF = List.of(STEERING, FINANCE, MANAGER, AUDITOR, ADMIN);

    private Roles() {}

    /** The staff roles of an authenticated caller, without the {@code ROLE_} prefix of their authorities. */
    public static Set<String> of(Authentication caller) {
        return caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
