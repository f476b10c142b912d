package de.msh.milestones.reminder.directory;

import de.msh.milestones.reminder.domain.People;
import de.msh.milestones.reminder.domain.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Keycloak's users, through its admin API under the realm ({@code msh.milestones.people-directory}, e.g.
 * {@code http://keycloak:8080/admin/realms/msh}): the members of each staff role. The machine client's service
 * account needs {@code realm-management: view-users}. Chosen with {@code msh.milestones.people-source=keycloak}.
 */
@Component
@ConditionalOnProperty(name = "msh.milestones.people-source", havingValue = "keycloak")
class KeycloakPeople implements People {

    static final List<String> STAFF_ROLES = List.of("steering", "finance", "manager", "auditor", "admin");

    private final RestClient realm;

    KeycloakPeople(@Qualifier("peopleDirectory") RestClient realm) {
        this.realm = realm;
    }

    /** The fields of Keycloak's {@code UserRepresentation} that matter here. */
    record User(
            String username,
            @Nullable String email,
            @Nullable Boolean enabled) {}

    @Override
    public List<Person> all() {
        Map<String, String> emails = new LinkedHashMap<>();
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (String role : STAFF_ROLES) {
            List<User> members = realm.get()
                    .uri("/roles/{role}/users?first=0&max=10000", role)
                    .retrieve()
                    .body(new ParameterizedTypeReference<List<User>>() {});
            for (User user : members == null ? List.<User>of() : members) {
                if (user.email() != null && !Boolean.FALSE.equals(user.enabled())) {
                    emails.put(user.username(), user.email());
                    roles.computeIfAbsent(user.username(), name -> new ArrayList<>())
                            .add(role);
                }
            }
        }
        return emails.entrySet().stream()
                .map(user -> new Person(user.getKey(), user.getValue(), roles.get(user.getKey())))
                .toList();
    }
}
