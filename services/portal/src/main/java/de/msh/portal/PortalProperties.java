package de.msh.portal;

import java.net.URI;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the portal finds the others.
 *
 * @param endSessionUri the auth server's RP-initiated logout endpoint (OpenID Connect), where logging out of the
 *     portal also ends the login there
 * @param services base address of each service by name ({@code projects}, {@code studies}, {@code funding},
 *     {@code reporting}, {@code milestones})
 */
@ConfigurationProperties("msh.portal")
public record PortalProperties(URI endSessionUri, Map<String, URI> services) {

    public PortalProperties {
        services = Map.copyOf(services);
    }

    public URI service(String name) {
        URI base = services.get(name);
        if (base == null) {
            throw new IllegalStateException("msh.portal.services." + name + " is not configured");
        }
        return base;
    }
}
