package de.msh.portal.security;

import java.util.List;

/** The staff roles of the shared coordinates; a token's other roles grant nothing in the portal. */
public final class Roles {

    public static final List<String> STAFF = List.of("steering", "finance", "manager", "auditor", "admin");

    /** Who may register, edit and move projects (the projects service's writers). */
    public static final String PROJECT_WRITERS = "hasAnyRole('steering', 'admin')";

    /** Who may record a grant's steps, import statements and settle bookings (the funding service's writers). */
    public static final String FUNDING_WRITERS = "hasAnyRole('finance', 'admin')";

    /** Who drafts, assesses and publishes status reports (as reporting decides again). */
    public static final String REPORT_WRITERS = "hasAnyRole('manager', 'steering', 'admin')";

    private Roles() {}
}
