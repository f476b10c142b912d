package de.msh.milestones.reminder.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import de.msh.milestones.reminder.domain.Person;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** Keycloak's admin API lists the members per role; a person in two roles is one person with both. */
class KeycloakPeopleTests {

    static final Map<String, String> MEMBERS = Map.of(
            "/admin/realms/msh/roles/steering/users",
            "[{\"username\":\"steering\",\"email\":\"steering@msh.example\",\"enabled\":true}]",
            "/admin/realms/msh/roles/finance/users",
            "[{\"username\":\"kaemmerei\",\"email\":\"k@msh.example\",\"enabled\":true},"
                    + "{\"username\":\"ohne-adresse\",\"enabled\":true},"
                    + "{\"username\":\"ausgeschieden\",\"email\":\"a@msh.example\",\"enabled\":false}]",
            "/admin/realms/msh/roles/auditor/users",
            "[{\"username\":\"kaemmerei\",\"email\":\"k@msh.example\",\"enabled\":true,\"firstName\":\"K\"}]");

    @Test
    void readsTheMembersOfEachStaffRoleWithTheirAddresses() throws Exception {
        HttpServer keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext("/", exchange -> {
            byte[] body = MEMBERS.getOrDefault(exchange.getRequestURI().getPath(), "[]")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        keycloak.start();
        try {
            String realm = "http://127.0.0.1:" + keycloak.getAddress().getPort() + "/admin/realms/msh";

            var people = new KeycloakPeople(RestClient.create(realm)).all();

            assertThat(people)
                    .containsExactly(
                            new Person("steering", "steering@msh.example", java.util.List.of("steering")),
                            new Person("kaemmerei", "k@msh.example", java.util.List.of("finance", "auditor")));
        } finally {
            keycloak.stop(0);
        }
    }
}
