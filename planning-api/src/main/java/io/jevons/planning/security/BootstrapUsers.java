package io.jevons.planning.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first users of a real installation, from secrets in the environment: {@code admin} (from
 * {@code JEVONS_SECURITY_ADMIN_PASSWORD}) to sign in before any other account exists, and {@code monitor}
 * (from {@code JEVONS_SECURITY_MONITOR_PASSWORD}) for the metrics scraper. Set at every start, so rotating the
 * secret rotates the password; unset, nothing is created.
 */
@Component
@Order(0)
class BootstrapUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapUsers.class);
    private static final int MINIMUM_LENGTH = 12;

    private final UserAccounts accounts;
    private final String adminPassword;
    private final String monitorPassword;

    BootstrapUsers(UserAccounts accounts, SecuritySettings settings) {
        this.accounts = accounts;
        this.adminPassword = settings.adminPassword();
        this.monitorPassword = settings.monitorPassword();
    }

    @Override
    public void run(ApplicationArguments args) {
        bootstrap("admin", adminPassword, Role.ADMIN);
        bootstrap("monitor", monitorPassword, Role.MONITOR);
    }

    private void bootstrap(String username, String password, Role role) {
        if (password.isBlank()) {
            return;
        }
        if (password.length() < MINIMUM_LENGTH) {
            throw new IllegalStateException("the " + username + " password from the environment has "
                    + password.length() + " characters; it needs at least " + MINIMUM_LENGTH);
        }
        accounts.addOrUpdate(username, password, role);
        log.info("User '{}' ({}) has the password from the environment", username, role);
    }
}
