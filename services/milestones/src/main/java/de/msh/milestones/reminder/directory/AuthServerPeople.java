package de.msh.milestones.reminder.directory;

import de.msh.milestones.reminder.domain.People;
import de.msh.milestones.reminder.domain.Person;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The local auth server's staff directory: {@code GET /api/people} (scope {@code people.read}). The default
 * ({@code msh.milestones.people-source=auth-server}).
 */
@Component
@ConditionalOnProperty(name = "msh.milestones.people-source", havingValue = "auth-server", matchIfMissing = true)
class AuthServerPeople implements People {

    private final RestClient directory;

    AuthServerPeople(@Qualifier("peopleDirectory") RestClient directory) {
        this.directory = directory;
    }

    @Override
    public List<Person> all() {
        List<Person> people = directory.get().retrieve().body(new ParameterizedTypeReference<List<Person>>() {});
        return people == null ? List.of() : people;
    }
}
