package io.jevons.planning.security;

import io.jevons.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guessing passwords slows down: after the free failures of an account from one address each failure blocks that
 * pair for twice as long (429, Retry-After), a blocked try is refused whatever its password, the account's owner
 * signs in from an address it knows however much others guess, and every failure is logged.
 */
@SpringBootTest(properties = {"jevons.security.login-throttle.account-address-failures=3",
        "jevons.security.login-throttle.account-failures=4", "jevons.security.login-throttle.address-failures=50",
        "jevons.security.login-throttle.longest-block=PT2S", "jevons.security.login-throttle.longest-account-block=PT30S"})
@AutoConfigureMockMvc
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void repeatedWrongPasswordsFromOneAddressBlockItWithBackOffAndEveryFailureIsLogged(CapturedOutput log)
            throws Exception {
        String user = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.addIfAbsent(user, "right-password", Role.VIEWER);
        for (int i = 0; i < 3; i++) {
            signIn(user, "wrong-" + i, "10.0.0.1").andExpect(status().isUnauthorized());
        }
        signIn(user, "right-password", "10.0.0.1")
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.type").value("https://jevons.io/problems/too-many-sign-ins"));
        signIn(user, "right-password", "10.0.0.2").andExpect(status().isOk());
        Thread.sleep(1_100);
        signIn(user, "wrong-again", "10.0.0.1").andExpect(status().isUnauthorized());
        signIn(user, "wrong-again", "10.0.0.1").andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "2"));
        assertThat(log.getOut()).contains("Sign-in failed: user=" + user + " address=10.0.0.1",
                "Sign-in throttled: user=" + user + " address=10.0.0.1 retryAfter=");
    }

    @Test
    void guessesFromEverywhereBlockTheAccountOnlyBrieflyAndNeverAtTheOwnersOwnAddress() throws Exception {
        String user = "owner-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.addIfAbsent(user, "owners-password", Role.VIEWER);
        signIn(user, "owners-password", "192.168.1.10").andExpect(status().isOk());
        for (int i = 0; i < 4; i++) {
            signIn(user, "guess-" + i, "203.0.113." + i).andExpect(status().isUnauthorized());
        }
        signIn(user, "guess-5", "203.0.113.99").andExpect(status().isTooManyRequests());
        accounts.addOrUpdate(user, "new-password", Role.VIEWER); // no remembered verdict helps below
        signIn(user, "new-password", "198.51.100.7").andExpect(status().isTooManyRequests());
        signIn(user, "new-password", "192.168.1.10").andExpect(status().isOk());
    }

    @Test
    void aClientWhosePasswordWasJustVerifiedGoesOnWhileOthersAreBlocked() throws Exception {
        String user = "client-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.addIfAbsent(user, "client-secret", Role.VIEWER);
        signIn(user, "client-secret", "10.1.0.1").andExpect(status().isOk());
        for (int i = 0; i < 3; i++) {
            signIn(user, "guess-" + i, "10.1.0.1").andExpect(status().isUnauthorized());
        }
        signIn(user, "guess-3", "10.1.0.1").andExpect(status().isTooManyRequests());
        signIn(user, "client-secret", "10.1.0.1").andExpect(status().isOk());
    }

    @Test
    void guessedUserNamesLeaveNoRowsOfTheirOwn() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn("nobody-" + "x".repeat(300) + i, "whatever", "10.2.0.1").andExpect(status().isUnauthorized());
            signIn("nobody-" + i, "whatever", "10.2.0.1").andExpect(status().isUnauthorized());
        }
        assertThat(jdbc.sql("select throttle_key from identity.login_throttle where throttle_key like '%nobody-%'")
                .query(String.class).list()).isEmpty();
        assertThat(jdbc.sql("select failures from identity.login_throttle where throttle_key = 'address:10.2.0.1'")
                .query(Integer.class).single()).isEqualTo(10);
    }

    private ResultActions signIn(String user, String password, String address) throws Exception {
        return mvc.perform(get("/v3/api-docs").with(httpBasic(user, password)).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }));
    }
}
