package de.msh.auth.people;

import de.msh.auth.AuthProperties;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the staff are, for services that must reach them (the milestones service mails reminders). Only machines with
 * the {@code people.read} scope may ask ({@code security.SecurityConfiguration}); passwords never leave.
 */
@RestController
class PeopleController {

    private final List<Person> people;

    PeopleController(AuthProperties properties) {
        this.people = properties.users().stream()
                .map(user -> new Person(user.username(), user.email(), user.roles()))
                .toList();
    }

    /** A person as services see them: the name they log in with (the tokens' {@code preferred_username}). */
    record Person(String username, String email, List<String> roles) {}

    @GetMapping("/api/people")
    List<Person> people() {
        return people;
    }
}
