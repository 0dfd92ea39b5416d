package io.jevons.planning.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a demo installation (the embedded database default), one user per role so that people can
 * log in at once; prints how. Off for an installation on an external database unless configured.
 */
@Component
@Order(0)
@ConditionalOnDemoInstallation
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "jevons";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserAccounts accounts;

    DemoUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.addIfAbsent("viewer", PASSWORD, Role.VIEWER);
        accounts.addIfAbsent("planner", PASSWORD, Role.PLANNER);
        accounts.addIfAbsent("analyst", PASSWORD, Role.PLANNER);
        accounts.addIfAbsent("admin", PASSWORD, Role.ADMIN);
        log.info("Demo users: viewer, planner, analyst (planner) and admin, each with password '{}'", PASSWORD);
    }
}
