package io.jevons.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text people store is shown as text, everywhere: a corpus of markup and script payloads goes into every text a
 * planner can store (scenario names, reasons, comments, version names, workload classes, chips, vendors, labels,
 * evidence links, the users an imported file claims), then a browser opens every page and tab, runs every view and
 * hovers every chart. Any dialog, any script the payloads ran and any breach of the Content-Security-Policy fails.
 */
class StoredTextBrowserIT extends BrowserTest {

    /** Each sets window.__xss and opens a dialog if it ever runs; each fits the shortest text it goes into (80). */
    static final List<String> PAYLOADS = List.of(
            "<img src=x onerror=\"window.__xss=1;alert('img')\">",
            "\"><svg onload=\"window.__xss=2;alert(2)\">",
            "'><script>window.__xss=3;alert(3)</script>",
            "<a href=\"javascript:alert(4)\" id=xss>click</a><b onmouseover=alert(4)>b</b>",
            "{{7*7}} ${alert(5)} <iframe srcdoc=\"<script>parent.__xss=5</script>\">");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PLANNER = "planner:jevons";

    final HttpClient http = HttpClient.newHttpClient();
    String scenario;
    String imported;
    long version;

    @BeforeAll
    void storeThePayloadsEverywhere() throws Exception {
        String created = send("POST", "/api/scenarios", null, """
                {"name":%s,"firstQuarter":"2024Q1","lastQuarter":"2030Q4","fromDefault":true,"reason":%s}"""
                .formatted(text(p(0)), text(p(1))));
        scenario = JSON.readTree(created).get("scenarioId").asString();
        version = JSON.readTree(created).get("version").asLong();
        send("POST", "/api/scenarios", null, """
                {"name":%s,"firstQuarter":"2024Q1","lastQuarter":"2030Q4","fromDefault":true}""".formatted(text(p(2))));
        change("POST", "/workload-classes", """
                {"workloadClass":"xss","name":%s,"from":"2024Q1","outputTokensPerRequest":400,
                 "inputTokensPerRequest":3000,"flopsPerToken":2e11,"reason":%s}""".formatted(text(p(1)), text(p(3))));
        change("POST", "/chip-types", """
                {"chipType":"xss-chip","name":%s,"vendor":%s,"kind":"ASIC","peakFlopsPerSecond":1e15,"hbmGigabytes":96,
                 "tdpWatts":600,"unitPrice":15000,"usefulLifeYears":5,"servingEfficiency":0.3,"reason":%s}"""
                .formatted(text(p(2)), text(p(0)), text(p(4))));
        change("POST", "/orders", """
                {"order":"xss-order","chipType":"xss-chip","quantity":50000,"deliveryQuarter":"2025Q1","unitPrice":15000,
                 "reason":%s}""".formatted(text(p(0))));
        change("PUT", "/efficiency/steps/2026Q2/all", """
                {"factor":2,"label":%s,"reason":%s}""".formatted(text(p(3)), text(p(2))));
        changeWithEvidence("PUT", "/demand/peak-to-average", """
                {"peakToAverage":1.9,"reason":%s}""".formatted(text(p(4))),
                "https://example.org/source?q=" + URLEncoder.encode(p(0), StandardCharsets.UTF_8));
        change("PUT", "/ranges", """
                {"parameter":"CHIP_PRICE","target":"xss-chip","low":0.8,"high":1.5,"reason":%s}""".formatted(text(p(1))));
        record("POST", "/tags", """
                {"tag":%s,"version":2,"reason":%s}""".formatted(text(p(1)), text(p(0))));
        record("POST", "/comments", """
                {"text":%s,"aboutVersion":2}""".formatted(text(String.join(" ", PAYLOADS))));
        record("PUT", "/actuals/2025Q1", """
                {"chipsDelivered":40000,"reason":%s}""".formatted(text(p(3))));
        imported = importedWithClaimedUsers();
    }

    @Test
    void everyPageTabViewAndChartShowsTheStoredTextAsTextAndRunsNoneOfIt() {
        Page page = browser.loggedIn("planner", "jevons");
        List<String> incidents = watch(page);

        page.navigate(browser.url("/scenarios"));
        assertThat(page.getByText(p(0)).first().isVisible()).as("a scenario name shows as typed").isTrue();

        page.navigate(browser.url("/scenarios/" + scenario));
        awaitCharts(page);
        assertThat(page.locator("#scenario-name").textContent()).isEqualTo(p(0));
        hoverPlanGrid(page);
        tab(page, "Charts");
        hoverCharts(page, "#panel-charts .chart");
        tab(page, "Assumptions");
        assertThat(page.locator("#chip-rows").textContent()).contains(p(2), p(0));
        tab(page, "History");
        page.locator("#history li.event").first().waitFor();
        assertThat(page.locator("#history").textContent()).contains(p(4), p(0));
        page.locator("#history a[href^='https://example.org']").first().waitFor();
        tab(page, "Compare");
        page.locator("#cmp-with").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(p(2)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare").setExact(true)).first().click();
        page.locator("#compare-result table").first().waitFor();
        assertThat(page.locator("#compare-result").textContent()).contains(p(0), p(2));
        tab(page, "Attribution");
        page.locator("#at-from").fill(String.valueOf(version - 9));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Explain")).click();
        page.locator("#attribution-table table").waitFor();
        hoverCharts(page, "#chart-waterfall");
        tab(page, "Versions");
        page.locator("#tag-rows td").filter(new Locator.FilterOptions().setHasText(p(1))).first().waitFor();
        tab(page, "Uncertainty");
        page.locator("#range-rows td").filter(new Locator.FilterOptions().setHasText("xss-chip")).first().waitFor();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show sensitivity")).click();
        page.locator("#tornado-table table").waitFor();
        hoverCharts(page, "#chart-tornado");
        tab(page, "Actuals");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hold against actuals")).click();
        page.locator("#accountability h3").waitFor();
        travelTo(page, version - 3);
        page.waitForFunction("() => document.getElementById('as-of-event').textContent.includes('why:')");
        assertThat(page.locator("#as-of-event").textContent()).contains("(why: " + p(1) + ")"); // the range's reason

        page.navigate(browser.url("/scenarios/" + imported));
        awaitCharts(page);
        tab(page, "History");
        page.locator("#history .original.unverified").first().waitFor();
        assertThat(page.locator("#history .original.unverified").first().textContent())
                .contains("the file says " + p(3), "not verified");
        Browser.screenshot(page, "stored-text-imported-history");

        assertThat(page.evaluate("() => window.__xss === undefined")).as("script from stored text ran").isEqualTo(true);
        assertThat(incidents).as("dialogs, script run, Content-Security-Policy breaches").isEmpty();
    }

    /**
     * What went wrong on any page of this browser: dialogs opened, breaches of the Content-Security-Policy (a blocked
     * inline handler is one), script that set {@code window.__xss} before the page was left.
     */
    private static List<String> watch(Page page) {
        List<String> incidents = new ArrayList<>();
        BrowserContext context = page.context();
        context.exposeFunction("jevonsIncident", args -> incidents.add(String.valueOf(args[0])));
        context.addInitScript("""
                document.addEventListener('securitypolicyviolation', e => window.jevonsIncident('CSP ' + e.violatedDirective
                    + ' ' + e.blockedURI + ' ' + (e.sample || '')));
                window.addEventListener('pagehide', () => window.__xss !== undefined
                    && window.jevonsIncident('script ran: window.__xss = ' + window.__xss));""");
        page.onDialog(dialog -> {
            incidents.add("dialog " + dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
        return incidents;
    }

    private static void tab(Page page, String name) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name)).click();
    }

    private static void awaitCharts(Page page) {
        page.waitForFunction("() => !!document.getElementById('workspace')?.dataset.chartVersion");
    }

    /** Hovers the plan grid's row names and cells, whose tooltips show names, users and reasons. */
    private static void hoverPlanGrid(Page page) {
        page.waitForSelector("#plan-grid[data-shown]", new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        Locator cells = page.locator("#plan-grid .tabulator-row .tabulator-cell");
        assertThat(page.locator("#plan-grid").textContent()).contains(p(1)); // a workload class's name, as typed
        for (int c = 0; c < Math.min(cells.count(), 120); c += 3) {
            cells.nth(c).hover();
        }
    }

    /** Moves the mouse across each chart, so that every tooltip is drawn. */
    private static void hoverCharts(Page page, String selector) {
        Locator charts = page.locator(selector);
        for (int c = 0; c < charts.count(); c++) {
            Locator chart = charts.nth(c);
            chart.scrollIntoViewIfNeeded();
            BoundingBox box = chart.boundingBox();
            for (int step = 1; step < 40; step++) {
                page.mouse().move(box.x + box.width * step / 40, box.y + box.height * (step % 4 + 1) / 5);
            }
        }
    }

    private static void travelTo(Page page, long target) {
        page.locator("#as-of").evaluate("(slider, v) => { slider.value = v; slider.dispatchEvent(new Event('input')); }",
                String.valueOf(target));
        page.waitForFunction("v => document.getElementById('workspace').dataset.chartVersion === v",
                String.valueOf(target));
    }

    /** The scenario exported, then imported with a file that says its events were made by users named like payloads. */
    private String importedWithClaimedUsers() throws Exception {
        ObjectNode file = (ObjectNode) JSON.readTree(send("GET", "/api/scenarios/" + scenario + "/export", null, null));
        ArrayNode events = (ArrayNode) file.get("events");
        for (int i = 0; i < events.size(); i++) {
            ((ObjectNode) events.get(i).get("metadata")).put("user", p(3));
        }
        return JSON.readTree(send("POST", "/api/scenarios/import", null, file.toString())).get("scenarioId").asString();
    }

    private void change(String method, String path, String body) throws Exception {
        changeWithEvidence(method, path, body, null);
    }

    private void changeWithEvidence(String method, String path, String body, String link) throws Exception {
        HttpRequest.Builder request = request(method, "/api/scenarios/" + scenario + path, body)
                .header("If-Match", "\"" + version + "\"");
        if (link != null) {
            request.header("Jevons-Evidence", "measured").header("Jevons-Evidence-Link", link);
        }
        version = JSON.readTree(answer(request)).get("version").asLong();
    }

    private void record(String method, String path, String body) throws Exception {
        version = JSON.readTree(answer(request(method, "/api/scenarios/" + scenario + path, body))).get("version").asLong();
    }

    private String send(String method, String path, String ifMatch, String body) throws Exception {
        HttpRequest.Builder request = request(method, path, body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return answer(request);
    }

    private HttpRequest.Builder request(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(browser.url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(PLANNER.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }

    private String answer(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return response.body();
    }

    private static String p(int index) {
        return PAYLOADS.get(index);
    }

    private static String text(String value) {
        return JSON.writeValueAsString(value);
    }
}
