package de.msh.auth;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.msh.auth.AuthProperties.DemoUser;
import de.msh.auth.AuthProperties.MachineClient;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthPropertiesTests {

    @Test
    void refusesAUserWithARoleNoServiceKnows() {
        assertThatThrownBy(() -> new DemoUser("steering", "secret", List.of("steerer")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("steerer");
    }

    @Test
    void refusesAMachineWithARoleNoServiceKnows() {
        assertThatThrownBy(() -> new MachineClient("msh-cli", "secret", List.of("manager", "ROLE_auditor")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ROLE_auditor");
    }
}
