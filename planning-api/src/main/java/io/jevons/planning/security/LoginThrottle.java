package io.jevons.planning.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Slows down password guessing, on every node alike (the counts are in PostgreSQL): failed sign-ins are counted per
 * account and client address, per address and per account, and past a key's free failures each failure blocks it
 * for twice as long as the last. A blocked sign-in is refused before its password is looked at, so a guess during a
 * block learns nothing. The account-wide count, which anyone can drive up, blocks only briefly and never at an
 * address the account has signed in from: an attacker cannot lock its owner out. Every failure and block is logged
 * to {@code jevons.security.audit}.
 */
@Component
@EnableConfigurationProperties(LoginThrottleSettings.class)
class LoginThrottle {

    private static final Logger audit = LoggerFactory.getLogger("jevons.security.audit");

    private final JdbcClient jdbc;
    private final LoginThrottleSettings settings;
    private final Clock clock;

    @Autowired
    LoginThrottle(JdbcClient jdbc, LoginThrottleSettings settings) {
        this(jdbc, settings, Clock.systemUTC());
    }

    LoginThrottle(JdbcClient jdbc, LoginThrottleSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Refuses a sign-in as {@code username} from {@code address} while one of its keys is blocked. */
    void check(String username, String address) {
        Instant now = clock.instant();
        Keys keys = new Keys(username, address);
        List<Blocked> blocked = jdbc.sql("""
                        select throttle_key, blocked_until from identity.login_throttle
                        where throttle_key in (?, ?, ?) and blocked_until > ?""")
                .params(keys.accountAddress(), keys.address(), keys.account(), Timestamp.from(now))
                .query((row, number) -> new Blocked(row.getString(1), row.getTimestamp(2).toInstant()))
                .list();
        Optional<Instant> until = blocked.stream()
                .filter(block -> !block.key().equals(keys.account()) || !known(username, address, now))
                .map(Blocked::until)
                .max(Instant::compareTo);
        if (until.isPresent()) {
            Duration wait = Duration.between(now, until.get());
            audit.warn("Sign-in throttled: user={} address={} retryAfter={}s", printable(username), address,
                    new LoginThrottled(wait).retryAfterSeconds());
            throw new LoginThrottled(wait);
        }
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        Keys keys = new Keys(username, address);
        int fromAddress = count(keys.address(), null, now, settings.addressFailures(), settings.longestBlock());
        int onAccountFromAddress = count(keys.accountAddress(), username, now, settings.accountAddressFailures(),
                settings.longestBlock());
        int onAccount = count(keys.account(), username, now, settings.accountFailures(), settings.longestAccountBlock());
        audit.warn("Sign-in failed: user={} address={} failuresFromAddress={} failuresOnAccountFromAddress={} "
                + "failuresOnAccount={}", printable(username), address, fromAddress, onAccountFromAddress, onAccount);
    }

    /** The account's owner signed in from this address: it is known, and its failures there are forgiven. */
    void succeeded(String username, String address) {
        Instant now = clock.instant();
        jdbc.sql("delete from identity.login_throttle where throttle_key = ?")
                .param(new Keys(username, address).accountAddress()).update();
        jdbc.sql("""
                        insert into identity.login_known_address (username, address, last_success) values (?, ?, ?)
                        on conflict (username, address) do update set last_success = excluded.last_success""")
                .params(username, address, Timestamp.from(now)).update();
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void forgetOldFailures() {
        Instant now = clock.instant();
        jdbc.sql("""
                        delete from identity.login_throttle
                        where last_failure < ? and (blocked_until is null or blocked_until < ?)""")
                .params(Timestamp.from(now.minus(settings.window())), Timestamp.from(now)).update();
        jdbc.sql("delete from identity.login_known_address where last_success < ?")
                .param(Timestamp.from(now.minus(settings.knownAddressFor()))).update();
    }

    /**
     * Counts a failure of {@code key} (of an existing account, if {@code account} is given: guessed names get no
     * rows) and blocks it once it has used its free failures; answers its failures in the window (0: not counted).
     */
    private int count(String key, String account, Instant now, int free, Duration longest) {
        if (account != null && account.length() > UserAccounts.MAX_USERNAME_LENGTH) {
            return 0; // no such account can exist
        }
        Timestamp at = Timestamp.from(now);
        Integer failures = jdbc.sql("""
                        insert into identity.login_throttle as t (throttle_key, failures, last_failure)
                        select ?, 1, ? where ?::text is null
                                          or exists (select 1 from identity.app_user where username = ?)
                        on conflict (throttle_key) do update set
                            failures = case when t.last_failure < ? then 1 else t.failures + 1 end,
                            last_failure = excluded.last_failure
                        returning failures""")
                .params(key, at, account, account, Timestamp.from(now.minus(settings.window())))
                .query(Integer.class).optional().orElse(0);
        if (failures >= free) {
            Duration block = backOff(failures - free, longest);
            jdbc.sql("update identity.login_throttle set blocked_until = ? where throttle_key = ?")
                    .params(Timestamp.from(now.plus(block)), key).update();
        }
        return failures;
    }

    /** One second for the first failure past the free ones, doubling with each, at most {@code longest}. */
    static Duration backOff(int beyondFree, Duration longest) {
        if (beyondFree >= 62 || Duration.ofSeconds(1L << beyondFree).compareTo(longest) > 0) {
            return longest;
        }
        return Duration.ofSeconds(1L << beyondFree);
    }

    private boolean known(String username, String address, Instant now) {
        return jdbc.sql("select count(*) from identity.login_known_address where username = ? and address = ?"
                        + " and last_success > ?")
                .params(username, address, Timestamp.from(now.minus(settings.knownAddressFor())))
                .query(Long.class).single() > 0;
    }

    /** A user name as typed, without what could forge a log line. */
    private static String printable(String text) {
        String shown = text.length() > 100 ? text.substring(0, 100) + "…" : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    private record Keys(String account, String address, String accountAddress) {
        Keys(String username, String address) {
            this("account:" + username, "address:" + address, "account-address:" + username + " " + address);
        }
    }

    private record Blocked(String key, Instant until) {
    }
}
