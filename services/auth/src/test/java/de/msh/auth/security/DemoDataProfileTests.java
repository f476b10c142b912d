package de.msh.auth.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.msh.auth.AuthProperties;
import de.msh.auth.AuthProperties.DemoUser;
import de.msh.auth.AuthProperties.MachineClient;
import de.msh.auth.AuthProperties.PortalClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Demo users and secrets exist under the development profile only; anywhere else the server will not start. */
class DemoDataProfileTests {

    static final PortalClient PORTAL =
            new PortalClient("msh-portal", null, List.of("http://localhost:8080/x"), List.of());

    @Test
    void refusesDemoUsersWithoutTheDevelopmentProfile() {
        var demo = properties(
                List.of(new DemoUser("steering", "msh-demo-2038", List.of("steering"), "steering@msh.example")), null);

        assertThatThrownBy(() -> DemoUsersConfiguration.refuseDemoDataOutsideDevelopment(demo, new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("--spring.profiles.active=dev");
    }

    @Test
    void refusesAMachineSecretWithoutTheDevelopmentProfile() {
        var demo = properties(List.of(), "msh-cli-secret");

        assertThatThrownBy(() -> DemoUsersConfiguration.refuseDemoDataOutsideDevelopment(demo, new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void acceptsDemoDataUnderTheDevelopmentProfileAndNoDemoDataWithoutIt() {
        var demo = properties(
                List.of(new DemoUser("admin", "msh-demo-2038", List.of("admin"), "admin@msh.example")),
                "msh-cli-secret");
        var development = new MockEnvironment();
        development.setActiveProfiles("dev");

        assertThatCode(() -> DemoUsersConfiguration.refuseDemoDataOutsideDevelopment(demo, development))
                .doesNotThrowAnyException();
        assertThatCode(() -> DemoUsersConfiguration.refuseDemoDataOutsideDevelopment(
                        properties(List.of(), null), new MockEnvironment()))
                .doesNotThrowAnyException();
    }

    private static AuthProperties properties(List<DemoUser> users, String secret) {
        return new AuthProperties(
                "http://localhost:9000",
                "target/jwk.json",
                List.of("http://localhost:8080"),
                users,
                PORTAL,
                new MachineClient("msh-cli", secret, List.of("manager")));
    }
}
