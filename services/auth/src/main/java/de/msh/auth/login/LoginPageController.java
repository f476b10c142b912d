package de.msh.auth.login;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The German login page in the portal's look; Spring Security's filter still checks the form it posts. */
@Controller
class LoginPageController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
