package io.jevons.planning.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Users and their roles in table {@code identity.app_user}, passwords as bcrypt hashes. */
@Component
public class UserAccounts implements UserDetailsService {

    /** The longest user name the table holds. */
    public static final int MAX_USERNAME_LENGTH = 100;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, role, enabled from identity.app_user where username = ?")
                .param(username)
                .query((row, number) -> User.withUsername(row.getString("username"))
                        .password(row.getString("password_hash"))
                        .roles(row.getString("role"))
                        .disabled(!row.getBoolean("enabled"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
    }

    /** Adds the user, or gives an existing one of that name this password and role. */
    @Transactional
    public void addOrUpdate(String username, String rawPassword, Role role) {
        jdbc.sql("""
                        insert into identity.app_user (username, password_hash, role) values (?, ?, ?)
                        on conflict (username) do update set password_hash = excluded.password_hash, role = excluded.role""")
                .params(username, passwordEncoder.encode(rawPassword), role.name())
                .update();
    }

    /** Adds a user unless one of that name exists; answers whether it was added. */
    @Transactional
    public boolean addIfAbsent(String username, String rawPassword, Role role) {
        return jdbc.sql("""
                        insert into identity.app_user (username, password_hash, role) values (?, ?, ?)
                        on conflict (username) do nothing""")
                .params(username, passwordEncoder.encode(rawPassword), role.name())
                .update() == 1;
    }
}
