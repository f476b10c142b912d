package de.msh.portal.security;

import de.msh.portal.PortalProperties;
import java.net.URI;

/** Scripts, styles and fonts from the portal itself only; no inline script, no inline style, no plug-ins. */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {}

    // Browsers apply form-action to the redirect after a submitted form too: logging out ends at the auth server.
    static String of(PortalProperties properties) {
        URI endSession = properties.endSessionUri();
        String authOrigin = endSession.getScheme() + "://" + endSession.getRawAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self' " + authOrigin;
    }
}
