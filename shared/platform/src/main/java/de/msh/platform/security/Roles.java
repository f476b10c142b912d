package de.msh.platform.security;

import java.util.List;

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
}
