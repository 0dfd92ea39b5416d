package io.jevons.web.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A planner's day in a real browser: log in, create a scenario from the default, change the model mix and see the
 * charts change, while a colleague's open page updates live; time travel; a conflicting edit; exports; axe-core.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceBrowserIT extends BrowserTest {

    Page planner;
    String workspaceUrl;

    @Test
    @Order(1)
    void aPlannerLogsInAndCreatesAScenarioFromTheDefault() {
        planner = browser.loggedIn("planner", PASSWORD);
        assertThat(planner.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Scenarios"))).isVisible();
        Browser.createFromDefault(planner, "Browser plan");
        assertThat(planner.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Browser plan"))).isVisible();
        waitForCharts(planner);
        workspaceUrl = planner.url();
        Browser.screenshot(planner, "workspace-charts");
    }

    @Test
    @Order(2)
    void changingTheModelMixRedrawsTheChartsAndAColleagueSeesItLive() {
        Page colleague = browser.loggedIn("viewer", PASSWORD);
        colleague.navigate(workspaceUrl);
        waitForCharts(colleague);
        double reasoningBefore = tokensInQuarter(planner, "reasoning", "2026Q1");

        planner.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Assumptions")).click();
        Locator mix = planner.locator("#mix-form");
        mix.getByLabel("From quarter").selectOption("2026Q1");
        mix.getByLabel("Chat LLM").fill("50");
        mix.getByLabel("Reasoning model").fill("30");
        mix.getByLabel("Agent / deep research").fill("10");
        mix.getByLabel("Why (kept in the audit log)").fill("a typo");
        mix.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(mix.locator("[data-error-for='shares']")).hasText("shares must sum to 100 %, they sum to 90 %");
        Browser.screenshot(planner, "workspace-validation-error");
        mix.getByLabel("Chat LLM").fill("50");
        mix.getByLabel("Reasoning model").fill("40");
        mix.getByLabel("Agent / deep research").fill("10");
        mix.getByLabel("Why (kept in the audit log)").fill("reasoning takes over");
        mix.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(planner.locator("#notices")).containsText("Saved: version");
        Browser.screenshot(planner, "workspace-assumptions");

        planner.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Charts")).click();
        planner.waitForFunction("v => tokensAt('reasoning', '2026Q1') > v", reasoningBefore,
                new Page.WaitForFunctionOptions().setTimeout(10_000));
        assertThat(tokensInQuarter(planner, "reasoning", "2026Q1")).isGreaterThan(reasoningBefore * 2);

        assertThat(colleague.locator("#notices")).containsText("planner changed the scenario",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(3_000));
        colleague.waitForFunction("v => tokensAt('reasoning', '2026Q1') > v", reasoningBefore);
        Browser.screenshot(colleague, "workspace-live-update");
        colleague.context().close();
    }

    @Test
    @Order(3)
    void theTimeTravelSliderRedrawsTheChartsAsOfAnEarlierVersion() {
        Locator slider = planner.getByLabel("Show the scenario as of version");
        slider.fill("2");
        planner.waitForFunction("() => document.getElementById('workspace').dataset.chartVersion === '2'");
        assertThat(planner.locator("#as-of-event")).containsText("As of version 2");
        assertThat(tokensInQuarter(planner, "chat", "2025Q1")).isZero(); // only the economics were set at version 2
        Browser.screenshot(planner, "workspace-time-travel");
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back to now")).click();
        planner.waitForFunction("() => document.getElementById('workspace').dataset.chartVersion === document"
                + ".getElementById('as-of').max");
    }

    @Test
    @Order(4)
    void aConflictingEditShowsWhatChangedInsteadOfOverwriting() {
        Page analyst = browser.loggedIn("analyst", PASSWORD);
        analyst.navigate(workspaceUrl);
        waitForCharts(analyst);
        analyst.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Assumptions")).click();
        analyst.getByLabel("Elasticity (0 = none, 1 = full)").fill("0.5");

        planner.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Assumptions")).click();
        Locator rebound = planner.locator("form[data-path='/rebound']");
        rebound.getByLabel("Elasticity (0 = none, 1 = full)").fill("0.9");
        rebound.getByLabel("Why (kept in the audit log)").fill("planner's view");
        rebound.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(planner.locator("#notices")).containsText("Saved: version");
        assertThat(analyst.locator("#notices")).containsText("planner changed the scenario");

        Locator mine = analyst.locator("form[data-path='/rebound']");
        assertThat(mine.getByLabel("Elasticity (0 = none, 1 = full)")).hasValue("0.5");
        mine.getByLabel("Why (kept in the audit log)").fill("analyst's view");
        mine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(analyst.locator("#notices")).containsText("Not saved: the scenario changed while you were editing");
        assertThat(analyst.locator("#notices")).containsText("Rebound elasticity: 0.9");
        Browser.screenshot(analyst, "workspace-conflict");
        analyst.context().close();
    }

    @Test
    @Order(5)
    void theHistoryShowsWhoChangedWhatAndWhy() {
        planner.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("History")).click();
        Locator first = planner.locator("#history .event").first();
        assertThat(first).containsText("Rebound elasticity: 0.9");
        assertThat(first).containsText("planner");
        assertThat(first).containsText("Why: planner's view");
        Browser.screenshot(planner, "workspace-history");

        planner.getByLabel("Assumption family").selectOption("MODEL_MIX");
        assertThat(first).containsText("Model mix from 2026Q1");
        planner.getByLabel("User").fill("nobody-by-this-name");
        planner.getByLabel("User").press("Enter");
        assertThat(planner.locator("#history")).containsText("No change matches.");
        planner.getByLabel("User").fill("");
        planner.getByLabel("Assumption family").selectOption("");
        assertThat(first).containsText("Rebound elasticity: 0.9");
    }

    @Test
    @Order(6)
    void exportsDownloadCsvExcelAndPng() throws Exception {
        planner.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Charts")).click();
        Download csv = planner.waitForDownload(() -> planner.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("CSV (quarters)")).click());
        assertThat(Files.readString(csv.path())).startsWith("quarter,demand_flops_per_second");
        Download xlsx = planner.waitForDownload(() -> planner.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Excel")).click());
        assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
        Download png = planner.waitForDownload(() -> planner.locator("[data-png='demand-supply']").click());
        byte[] bytes = Files.readAllBytes(png.path());
        assertThat(bytes).startsWith(new byte[]{(byte) 0x89, 'P', 'N', 'G'});

        Download history = planner.waitForDownload(() -> planner.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("History file")).click());
        assertThat(history.suggestedFilename()).endsWith(".jevons.json");
        long exportedVersion = version(planner);
        Page importer = browser.loggedIn("analyst", PASSWORD);
        importer.navigate(browser.url("/scenarios"));
        importer.getByLabel("History file (.jevons.json)").setInputFiles(history.path());
        importer.getByLabel("New name (optional)").fill("Imported plan");
        importer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        assertThat(importer.locator("#scenario-name")).hasText("Imported plan");
        assertThat(importer.locator("#version-badge")).hasText("version " + exportedVersion);
        importer.context().close();
    }

    @Test
    @Order(7)
    void attributionDrawsAWaterfallOfTheChanges() {
        planner.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Attribution")).click();
        Locator form = planner.locator("#attribution-form");
        form.getByLabel("From version").fill(String.valueOf(version(planner) - 2));
        form.getByLabel("Year or quarter").fill("2027");
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Explain")).click();
        assertThat(planner.locator("#attribution-table")).containsText("reasoning takes over");
        assertThat(planner.locator("#attribution-table")).containsText("Total change");
        Browser.screenshot(planner, "workspace-attribution");
    }

    @Test
    @Order(8)
    void thePagesHaveNoSeriousAccessibilityIssuesAndWorkFromTheKeyboard() {
        planner.navigate(workspaceUrl);
        waitForCharts(planner);
        Locator tabs = planner.getByRole(AriaRole.TAB);
        for (int t = 0; t < tabs.count(); t++) {
            tabs.nth(t).click();
            assertThat(Browser.seriousAccessibilityViolations(planner)).as(tabs.nth(t).textContent()).isEmpty();
        }
        planner.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Charts")).focus();
        planner.keyboard().press("ArrowRight");
        assertThat(planner.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Assumptions")))
                .hasAttribute("aria-selected", "true");
        assertThat(Browser.seriousAccessibilityViolations(planner)).isEmpty();
        planner.navigate(browser.url("/scenarios"));
        assertThat(Browser.seriousAccessibilityViolations(planner)).isEmpty();
        planner.setViewportSize(1280, 720);
        Browser.screenshot(planner, "scenario-list-laptop");
    }

    /** Opens the Charts tab (charts are drawn when they show) once the projection is loaded. */
    private static void waitForCharts(Page page) {
        page.waitForFunction("() => !!document.getElementById('workspace').dataset.chartVersion");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Charts")).click();
        page.evaluate("() => { window.tokensAt = (workloadClass, quarter) => {"
                + " const option = echarts.getInstanceByDom(document.getElementById('chart-tokens')).getOption();"
                + " const index = option.xAxis[0].data.indexOf(quarter);"
                + " const series = option.series.find(s => s.name === workloadClass);"
                + " return series ? series.data[index] : 0; }; }");
    }

    private static double tokensInQuarter(Page page, String workloadClass, String quarter) {
        return ((Number) page.evaluate("([c, q]) => tokensAt(c, q)", java.util.List.of(workloadClass, quarter))).doubleValue();
    }

    private static long version(Page page) {
        return Long.parseLong(page.locator("#as-of").getAttribute("max"));
    }
}
