package de.msh.portal.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in person into every page's model as {@code user}; absent on the pages before login. */
@ControllerAdvice
class SignedInUserAdvice {

    @ModelAttribute("user")
    @Nullable
    SignedInUser user(@Nullable Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return SignedInUser.of(authentication);
    }
}
