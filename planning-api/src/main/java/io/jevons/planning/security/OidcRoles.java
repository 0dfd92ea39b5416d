package io.jevons.planning.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Maps an identity provider's tokens onto Jevons' roles: the roles claim ({@code jevons.security.oidc.roles-claim},
 * a list or a space-separated string) names VIEWER, PLANNER or ADMIN in any case; other values are ignored.
 * The user in the events is the username claim ({@code preferred_username} by default).
 */
final class OidcRoles {

    private OidcRoles() {
    }

    static JwtAuthenticationConverter converter(String rolesClaim, String usernameClaim) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(rolesOf(rolesClaim));
        converter.setPrincipalClaimName(usernameClaim);
        return converter;
    }

    static Converter<Jwt, Collection<GrantedAuthority>> rolesOf(String claim) {
        return jwt -> authorities(jwt.getClaim(claim));
    }

    /** For OIDC login: the roles from the ID token (or user info) claim instead of the provider's scopes. */
    static OidcUserService userService(String rolesClaim, String usernameClaim) {
        OidcUserService delegate = new OidcUserService();
        return new OidcUserService() {
            @Override
            public OidcUser loadUser(OidcUserRequest request) {
                OidcUser user = delegate.loadUser(request);
                String nameClaim = user.getClaims().containsKey(usernameClaim) ? usernameClaim : "sub";
                return new DefaultOidcUser(authorities(user.getClaims().get(rolesClaim)), user.getIdToken(),
                        user.getUserInfo(), nameClaim);
            }
        };
    }

    static List<GrantedAuthority> authorities(Object claimValue) {
        List<String> values = new ArrayList<>();
        if (claimValue instanceof Collection<?> collection) {
            collection.forEach(value -> values.add(String.valueOf(value)));
        } else if (claimValue instanceof String text) {
            values.addAll(List.of(text.split("\\s+")));
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String value : values) {
            for (Role role : Role.values()) {
                if (role.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                    authorities.add(new SimpleGrantedAuthority(role.authority()));
                }
            }
        }
        return authorities;
    }
}
