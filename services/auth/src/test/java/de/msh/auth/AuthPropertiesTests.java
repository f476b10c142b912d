package de.msh.auth;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.msh.auth.AuthProperties.DemoUser;
import de.msh.auth.AuthProperties.MachineClient;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthPropertiesTests {

    @Test
    void refusesAUserWithARoleNoServiceKnows() {
        assertThatThrownBy(() -> new DemoUser("steering", "secret", List.of("steerer"), "steering@msh.example"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("steerer");
    }

    @Test
    void refusesAUserWithoutAnEmailAddress() {
        assertThatThrownBy(() -> new DemoUser("finance", "secret", List.of("finance"), "finance"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("msh.auth.users[finance].email");
    }

    @Test
    void refusesAMachineWithARoleNoServiceKnows() {
        assertThatThrownBy(() -> new MachineClient("msh-cli", "secret", List.of("manager", "ROLE_auditor")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ROLE_auditor");
    }
}
