package de.msh.auth.security;

import de.msh.auth.AuthProperties;
import de.msh.auth.AuthProperties.DemoUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The demo people from {@code msh.auth.users}, held in memory with hashed passwords, and only under the development
 * profile.
 */
@Configuration(proxyBeanMethods = false)
class DemoUsersConfiguration {

    static final String DEVELOPMENT = "dev";

    // Used for the users and for the client secrets alike.
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(
            AuthProperties properties, PasswordEncoder passwordEncoder, Environment environment) {
        refuseDemoDataOutsideDevelopment(properties, environment);
        return new InMemoryUserDetailsManager(properties.users().stream()
                .map(user -> toUserDetails(user, passwordEncoder))
                .toList());
    }

    /** Demo users and secrets are for the local stack only, which turns on the {@value #DEVELOPMENT} profile. */
    static void refuseDemoDataOutsideDevelopment(AuthProperties properties, Environment environment) {
        boolean demoData = !properties.users().isEmpty() || properties.machine().secret() != null;
        if (demoData && !environment.matchesProfiles(DEVELOPMENT)) {
            throw new IllegalStateException("Demo users or client secrets are configured (msh.auth.users,"
                    + " msh.auth.machine.secret), but the '" + DEVELOPMENT + "' profile is not active. They exist"
                    + " for the local stack only: start with --spring.profiles.active=" + DEVELOPMENT
                    + " there, and never configure them anywhere else.");
        }
    }

    private static UserDetails toUserDetails(DemoUser user, PasswordEncoder passwordEncoder) {
        return User.withUsername(user.username())
                .password(passwordEncoder.encode(user.password()))
                .roles(user.roles().toArray(String[]::new))
                .build();
    }
}
