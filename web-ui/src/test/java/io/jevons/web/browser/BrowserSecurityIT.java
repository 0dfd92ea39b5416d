package io.jevons.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.HttpCredentials;
import com.sun.net.httpserver.HttpServer;
import io.jevons.planning.security.Role;
import io.jevons.planning.security.UserAccounts;
import io.jevons.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsers and sessions: nobody gets a session before signing in; a signed-in browser's request needs its CSRF token
 * whatever other credentials it carries; a page on another site cannot make a browser that holds basic credentials
 * for Jevons change anything; guessing passwords at the sign-in form slows down with 429s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jevons.security.login-throttle.account-address-failures=2",
                "jevons.security.login-throttle.longest-block=PT5S"})
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserSecurityIT {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_HEADER = Pattern.compile("name=\"_csrf_header\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    Browser browser;
    HttpServer elsewhere;

    @BeforeAll
    void start() throws IOException {
        accounts.addIfAbsent("sam", "sam-secret", Role.PLANNER);
        accounts.addIfAbsent("root", "root-secret", Role.ADMIN);
        browser = new Browser("http://localhost:" + port);
        // a page of another site (another host: 127.0.0.1 is not localhost) that posts a form to Jevons on load
        elsewhere = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        elsewhere.createContext("/", exchange -> {
            byte[] page = ("<!DOCTYPE html><html><body><form method=post action=\"http://localhost:" + port
                    + "/api/admin/replay\"><input name=x value=1></form><script>document.forms[0].submit()</script>"
                    + "</body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        elsewhere.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (elsewhere != null) {
            elsewhere.stop(0);
        }
    }

    @Test
    void anonymousRequestsAndProbesGetNoSessionASignInGetsOne() throws Exception {
        long before = sessions();
        HttpClient anonymous = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        for (String path : List.of("/api/scenarios", "/scenarios", "/scenarios/x", "/login", "/actuator/health",
                "/actuator/health/readiness", "/v3/api-docs", "/js/api.js", "/error", "/nothing")) {
            anonymous.send(get(path).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.discarding());
            anonymous.send(get(path).build(), HttpResponse.BodyHandlers.discarding());
        }
        anonymous.send(HttpRequest.newBuilder(uri("/api/scenarios")).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> basic = HttpClient.newHttpClient().send(get("/api/scenarios")
                .header("Authorization", basic("sam", "sam-secret")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).isEqualTo(200);
        assertThat(sessions()).as("sessions after anonymous, probe and basic requests").isEqualTo(before);

        signedIn("sam", "sam-secret");
        assertThat(sessions()).isEqualTo(before + 1);
    }

    @Test
    void pagesForbidInlineScriptEvalFramingAndTheBrowsersPowerfulFeatures() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(get("/login").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "script-src 'self';", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval", "script-src 'self' 'unsafe-inline'");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).get().asString().contains("camera=()", "geolocation=()");
    }

    @Test
    void aSignedInBrowsersRequestNeedsItsCsrfTokenWhateverOtherCredentialsItCarries() throws Exception {
        HttpClient browserLike = signedIn("sam", "sam-secret");
        String body = "{\"name\":\"Cookie plan\",\"firstQuarter\":\"2025Q1\",\"lastQuarter\":\"2025Q4\"}";
        HttpResponse<String> bogusBearer = browserLike.send(HttpRequest.newBuilder(uri("/api/scenarios"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer x")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bogusBearer.statusCode()).as(bogusBearer.body()).isEqualTo(403);
        assertThat(bogusBearer.body()).contains("CSRF token");

        String page = browserLike.send(get("/scenarios").build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> withToken = browserLike.send(HttpRequest.newBuilder(uri("/api/scenarios"))
                .header("Content-Type", "application/json").header(find(CSRF_HEADER, page), find(CSRF_META, page))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
    }

    @Test
    void aBrowserIsNeverAskedForBasicCredentials() {
        BrowserContext willingToAnswer = browser.context(new com.microsoft.playwright.Browser.NewContextOptions()
                .setHttpCredentials(new HttpCredentials("root", "root-secret")));
        Response answer = willingToAnswer.newPage().navigate(browser.url("/api/scenarios"));
        assertThat(answer.status()).as("no challenge, so the browser never sends (nor keeps) the credentials").isEqualTo(401);
        assertThat(answer.headers()).doesNotContainKey("www-authenticate");
        willingToAnswer.close();
    }

    @Test
    void aPageOnAnotherSiteCannotMakeABrowserHoldingBasicCredentialsChangeAnything() {
        // as a browser that was once challenged and keeps sending the credentials to this site
        BrowserContext holdingCredentials = browser.context(new com.microsoft.playwright.Browser.NewContextOptions()
                .setExtraHTTPHeaders(java.util.Map.of("Authorization", basic("root", "root-secret"))));
        Page page = holdingCredentials.newPage();
        assertThat(page.navigate(browser.url("/api/scenarios")).status()).as("the credentials work").isEqualTo(200);

        Response posted = page.waitForResponse(response -> response.url().endsWith("/api/admin/replay"),
                () -> page.navigate("http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/"));
        assertThat(posted.request().headerValue("authorization")).as("the browser sent its credentials").isNotNull();
        assertThat(posted.request().headerValue("sec-fetch-site")).isEqualTo("cross-site");
        assertThat(posted.status()).as("a replay started from another site").isEqualTo(403);
        assertThat(jdbc.sql("select rebuilding from readmodel_control.generation").query(Integer.class).optional()
                .orElse(null)).as("a rebuilding generation").isNull();
        holdingCredentials.close();
    }

    @Test
    void guessingPasswordsAtTheSignInFormIsSlowedDownWith429() throws Exception {
        accounts.addIfAbsent("tina", "tina-secret", Role.VIEWER);
        HttpClient guesser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(signIn(guesser, "tina", "wrong-1").statusCode()).isEqualTo(302);
        assertThat(signIn(guesser, "tina", "wrong-2").statusCode()).isEqualTo(302);
        HttpResponse<String> throttled = signIn(guesser, "tina", "tina-secret");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).contains("1");
        assertThat(throttled.body()).contains("Too many failed sign-ins. Try again in 1 seconds.", "Sign in to Jevons");
    }

    /** A client that signed in through the form, holding the session cookie like a browser. */
    private HttpClient signedIn(String user, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signedIn = signIn(client, user, password);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    private HttpResponse<String> signIn(HttpClient client, String user, String password) throws Exception {
        String token = find(CSRF_FIELD, client.send(get("/login").build(), HttpResponse.BodyHandlers.ofString()).body());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long sessions() {
        return jdbc.sql("select count(*) from identity.spring_session").query(Long.class).single();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String find(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("CSRF token in the page").isTrue();
        return matcher.group(1);
    }
}
