package io.jevons.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Debian's Chromium driven by Playwright for Java, headless, with a fresh profile per context. Without the
 * browser the tests are skipped, unless JEVONS_REQUIRE_BROWSER is set (CI sets it: a missing browser fails).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("JEVONS_CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String baseUrl;

    Browser(String baseUrl) {
        boolean required = System.getenv("JEVONS_REQUIRE_BROWSER") != null;
        if (!required) {
            Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        }
        this.baseUrl = baseUrl;
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A new browser (context) with {@code user} logged in through the login page. */
    Page loggedIn(String user, String password) {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1440, 1000).setAcceptDownloads(true));
        Page page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.navigate(baseUrl + "/login");
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(baseUrl + "/scenarios");
        return page;
    }

    /** A new browser (context) with these options, nobody logged in. */
    BrowserContext context(com.microsoft.playwright.Browser.NewContextOptions options) {
        return chromium.newContext(options);
    }

    /** On the scenario list: creates a scenario from the default scenario and opens its workspace. */
    static void createFromDefault(Page page, String name) {
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel(Pattern.compile("Start from the default scenario")).check();
        page.getByLabel("Why (kept in the audit log)").fill("created in a browser test");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create scenario")).click();
        page.getByText("Scenario created.").waitFor();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        page.waitForFunction("() => !!document.getElementById('workspace')?.dataset.chartVersion");
    }

    /** The plan grid's cell of {@code row} (as planners read its name) in {@code quarter}. */
    static Locator planCell(Page page, String row, String quarter) {
        return page.locator("#plan-grid [aria-label^=\"" + row + ", " + quarter + ":\"]");
    }

    /** Waits until the plan grid and the headline figures show {@code version}. */
    static void waitForPlanVersion(Page page, long version) {
        page.waitForFunction("v => document.querySelector('#plan-grid').dataset.shown === String(v)"
                + " && document.querySelector('#headline').dataset.version === String(v)", String.valueOf(version));
    }

    String url(String path) {
        return baseUrl + path;
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Runs axe-core in the page and answers the serious and critical violations. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> seriousAccessibilityViolations(Page page) {
        // evaluated, not added as a script tag: the pages' Content-Security-Policy allows no inline script
        page.evaluate(axeSource() + ";void 0");
        Object result = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))");
        return (List<Map<String, Object>>) result;
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core webjar missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
