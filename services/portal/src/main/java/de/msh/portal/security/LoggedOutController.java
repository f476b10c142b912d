package de.msh.portal.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where the auth server sends people back after logout; it needs no login. */
@Controller
class LoggedOutController {

    @GetMapping("/abgemeldet")
    String loggedOut() {
        return "logged-out";
    }
}
