package de.msh.auth.security;

import de.msh.auth.AuthProperties;
import de.msh.auth.AuthProperties.DemoUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The demo people from {@code msh.auth.users}, held in memory with hashed passwords. */
@Configuration(proxyBeanMethods = false)
class DemoUsersConfiguration {

    // Used for the users and for the client secrets alike.
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(AuthProperties properties, PasswordEncoder passwordEncoder) {
        return new InMemoryUserDetailsManager(properties.users().stream()
                .map(user -> toUserDetails(user, passwordEncoder))
                .toList());
    }

    private static UserDetails toUserDetails(DemoUser user, PasswordEncoder passwordEncoder) {
        return User.withUsername(user.username())
                .password(passwordEncoder.encode(user.password()))
                .roles(user.roles().toArray(String[]::new))
                .build();
    }
}
