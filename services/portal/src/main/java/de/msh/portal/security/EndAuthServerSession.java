package de.msh.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * After the portal's session ends, the browser goes on to the auth server's end-session endpoint (OpenID Connect
 * RP-initiated logout) with the ID token as hint, so the login there ends too; it comes back to the portal's
 * "logged out" page.
 */
final class EndAuthServerSession implements LogoutSuccessHandler {

    private final URI endSessionUri;

    EndAuthServerSession(URI endSessionUri) {
        this.endSessionUri = endSessionUri;
    }

    @Override
    public void onLogoutSuccess(
            HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication)
            throws IOException {
        String loggedOut = ServletUriComponentsBuilder.fromContextPath(request)
                .path("/abgemeldet")
                .toUriString();
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser person)) {
            response.sendRedirect(loggedOut);
            return;
        }
        response.sendRedirect(UriComponentsBuilder.fromUri(endSessionUri)
                .queryParam("id_token_hint", person.getIdToken().getTokenValue())
                .queryParam("post_logout_redirect_uri", loggedOut)
                .encode()
                .toUriString());
    }
}
