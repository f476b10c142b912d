/** Who may use the portal and how: OAuth2 login with PKCE, the roles from the ID token, logout, CSRF, CSP. */
@NullMarked
package de.msh.portal.security;

import org.jspecify.annotations.NullMarked;
