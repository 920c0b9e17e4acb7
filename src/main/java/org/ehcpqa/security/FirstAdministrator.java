package org.ehcpqa.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Creates the first administrator when no user exists, from EHCPQA_ADMIN_USER and
 * EHCPQA_ADMIN_PASSWORD. Without a password it generates one and prints it once: there is no
 * other way to sign in to a fresh installation.
 */
@Singleton
@Requires(beans = DataSource.class)
class FirstAdministrator {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccounts accounts;
    private final String username;
    private final String password;

    FirstAdministrator(UserAccounts accounts,
                       @Value("${ehcpqa.admin.username:admin}") String username,
                       @Value("${ehcpqa.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (accounts.count() > 0) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String secret = generated ? randomPassword() : password;
        accounts.create(new NewUser(username, secret, "Administrator", Set.of(Role.ADMIN)));
        if (generated) {
            LOG.warn("Created the first administrator '{}' with the generated password: {}"
                    + " (shown once; set EHCPQA_ADMIN_PASSWORD to choose it)", username, secret);
        } else {
            LOG.info("Created the first administrator '{}'", username);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
