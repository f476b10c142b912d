package de.msh.portal.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The person the pages are rendered for: what they may do decides which controls a page offers. The services decide
 * again on every call, so a hidden button is a courtesy, never the protection.
 */
public record SignedInUser(String name, Set<String> roles) {

    public static SignedInUser of(Authentication authentication) {
        return new SignedInUser(
                authentication.getName(),
                authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .filter(authority -> authority.startsWith("ROLE_"))
                        .map(authority -> authority.substring("ROLE_".length()))
                        .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean writesProjects() {
        return has("steering") || has("admin");
    }

    public boolean writesFunding() {
        return has("finance") || has("admin");
    }

    public boolean writesReports() {
        return has("manager") || has("steering") || has("admin");
    }

    /** The roles in German, for the header. */
    public String roleNames() {
        return Roles.STAFF.stream()
                .filter(roles::contains)
                .map(SignedInUser::germanName)
                .collect(Collectors.joining(", "));
    }

    private static String germanName(String role) {
        return switch (role) {
            case "steering" -> "Projektsteuerung";
            case "finance" -> "Finanzen";
            case "manager" -> "Leitung";
            case "auditor" -> "Prüfung";
            case "admin" -> "Administration";
            default -> role;
        };
    }
}
