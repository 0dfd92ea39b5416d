package io.jevons.planning.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.jevons.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With an identity provider configured (here: its public key), API clients send bearer tokens; the roles
 * claim decides what they may do and the username claim becomes the user of their events.
 */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
class OidcBearerTokenIT {

    private static final KeyPair ISSUER = rsa();
    private static final KeyPair STRANGER = rsa();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry properties) throws IOException {
        Path key = Files.createTempFile("issuer", ".pem");
        Files.writeString(key, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(ISSUER.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        key.toFile().deleteOnExit();
        properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + key);
    }

    @Test
    void aPlannersTokenChangesAndNamesThePlannerInTheEvent() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(post("/api/scenarios").header("Authorization", bearer(ISSUER, "pat", List.of("planner"), 300))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scenarioId\":\"%s\",\"name\":\"Via OIDC\",\"firstQuarter\":\"2025Q1\",\"lastQuarter\":\"2025Q4\"}"
                                .formatted(id)))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("select convert_from(meta_data, 'UTF8') from eventstore.domain_event_entry where aggregate_identifier = ?")
                .param(id.toString()).query(String.class).single()).contains("\"user\":\"pat\"");
    }

    @Test
    void aViewersTokenReadsButCannotChange() throws Exception {
        String viewer = bearer(ISSUER, "val", List.of("VIEWER", "something-else"), 300);
        mvc.perform(get("/v3/api-docs").header("Authorization", viewer)).andExpect(status().isOk());
        mvc.perform(post("/api/scenarios").header("Authorization", viewer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"firstQuarter\":\"2025Q1\",\"lastQuarter\":\"2025Q4\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void expiredForeignAndRolelessTokensAreRefused() throws Exception {
        mvc.perform(get("/v3/api-docs").header("Authorization", bearer(ISSUER, "old", List.of("viewer"), -60)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs").header("Authorization", bearer(STRANGER, "eve", List.of("admin"), 300)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs").header("Authorization", bearer(ISSUER, "nobody", List.of(), 300)))
                .andExpect(status().isForbidden());
    }

    private static String bearer(KeyPair signer, String username, List<String> roles, long secondsValid) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(UUID.randomUUID().toString())
                .claim("preferred_username", username)
                .claim("roles", roles)
                .issueTime(Date.from(now.minusSeconds(120)))
                .expirationTime(Date.from(now.plusSeconds(secondsValid)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) signer.getPrivate()));
        return "Bearer " + jwt.serialize();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
