package io.jevons.web.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.jevons.capacity.projection.EngineVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 in a real browser: name, lock (an admin unlocks), compare and comment on versions; the evidence of a
 * change in the history; ranges, a seeded Monte Carlo run drawn as bands and run again identically; a tornado;
 * actuals held against a named plan; the engine version of the charts; axe-core on the new panels.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanningRecordsBrowserIT extends BrowserTest {

    Page planner;

    @BeforeAll
    void signInAndCreateAScenario() {
        planner = browser.loggedIn("planner", PASSWORD);
        Browser.createFromDefault(planner, "Records plan");
    }

    @Test
    @Order(1)
    void theChartsSayWhichEngineComputedThem() {
        assertThat(planner.locator("#engine-line")).hasText("Computed by capacity model engine " + EngineVersion.CURRENT);
    }

    @Test
    @Order(2)
    void aNamedVersionIsLockedAgainstChangesUntilAnAdminUnlocksIt() {
        tab(planner, "Versions");
        planner.getByLabel("Name of the version").fill("Board plan");
        planner.locator("#tag-reason").fill("approved by the board");
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Name this version")).click();
        assertThat(planner.locator("#tag-rows")).containsText("Board plan");
        assertThat(planner.locator("#tag-rows")).containsText("approved by the board");
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lock the scenario")).click();
        assertThat(planner.locator("#lock-error")).hasText("Say why you lock the scenario.");
        planner.getByLabel("Why lock or unlock").fill("signed off");
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lock the scenario")).click();
        assertThat(planner.locator("#lock-status")).containsText("Locked");

        tab(planner, "Assumptions");
        assertThat(planner.locator("#editors-off")).hasText("This scenario is locked: an admin unlocks it before it "
                + "can change.");
        assertThat(planner.locator("form[data-path='/demand/baseline']").getByLabel("Requests per day (first quarter)"))
                .isDisabled();
        tab(planner, "Plan");
        assertThat(planner.locator("#plan-mode")).hasText("This scenario is locked: an admin unlocks it before it can "
                + "change.");
        assertThat(planner.locator("#plan-editing")).isHidden();
        Browser.screenshot(planner, "records-locked");

        Page admin = browser.loggedIn("admin", PASSWORD);
        admin.navigate(planner.url());
        tab(admin, "Versions");
        assertThat(admin.locator("#lock-status")).containsText("Locked");
        admin.getByLabel("Why lock or unlock").fill("re-plan");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unlock")).click();
        assertThat(admin.locator("#lock-status")).containsText("Open for changes");
        admin.context().close();
    }

    @Test
    @Order(3)
    void aChangeCarriesItsEvidenceIntoTheHistoryNextToAComment() {
        planner.reload();
        tab(planner, "Assumptions");
        Locator baseline = planner.locator("form[data-path='/demand/baseline']");
        baseline.getByLabel("Requests per day (first quarter)").fill("9000000000");
        baseline.getByLabel("Why (kept in the audit log)").fill("gateway logs");
        baseline.getByLabel("Evidence").selectOption("measured");
        baseline.getByLabel("Source link").fill("https://example.org/gateway-logs");
        baseline.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(planner.locator("#notices")).containsText("Saved: version");

        tab(planner, "Versions");
        planner.getByLabel("Comment or decision record (shown in the history)")
                .fill("Gateway logs undercount batch traffic; revisit in Q3.");
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add comment")).click();
        assertThat(planner.locator("#notices")).containsText("Saved: version");

        tab(planner, "History");
        Browser.screenshot(planner, "records-history");
        Locator history = planner.locator("#history");
        assertThat(history).containsText("Comment: Gateway logs undercount batch traffic");
        assertThat(history.locator(".evidence").first()).containsText("measured");
        assertThat(history.locator(".evidence a").first()).hasAttribute("href", "https://example.org/gateway-logs");

        tab(planner, "Versions");
        Locator compare = planner.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Compare named versions"));
        compare.getByLabel("Compare").selectOption("tag:Board plan");
        compare.getByLabel("with").selectOption("");
        compare.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Compare")).click();
        assertThat(planner.locator("#tag-compare")).containsText("Requests per day");
        Browser.screenshot(planner, "records-versions");
    }

    @Test
    @Order(4)
    void aSeededMonteCarloRunDrawsBandsAndRunsAgainIdentically() {
        tab(planner, "Uncertainty");
        Locator range = planner.locator("#range-form");
        range.getByLabel("Assumption", new Locator.GetByLabelOptions().setExact(true)).selectOption("DEMAND_BASELINE");
        range.getByLabel("Low (× the assumption, ≤ 1)").fill("0.5");
        range.getByLabel("High (× the assumption, ≥ 1)").fill("2");
        range.getByLabel("Why (kept in the audit log)").fill("survey spread");
        range.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(planner.locator("#range-rows")).containsText("Demand baseline");
        range.getByLabel("Assumption", new Locator.GetByLabelOptions().setExact(true)).selectOption("CHIP_PRICE");
        range.getByLabel("Low (× the assumption, ≤ 1)").fill("0.7");
        range.getByLabel("High (× the assumption, ≥ 1)").fill("1.5");
        range.getByLabel("Why (kept in the audit log)").fill("list vs street prices");
        range.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(planner.locator("#range-rows")).containsText("Chip price");

        planner.getByLabel("Samples").fill("1000");
        planner.getByLabel("Seed (empty: random)").fill("42");
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run Monte Carlo")).click();
        assertThat(planner.locator("#mc-summary")).containsText("1000 samples");
        assertThat(planner.locator("#mc-summary")).containsText("seed 42");
        List<?> firstBands = bandSeries(planner, "chart-bands", "Demand P10–P90");
        assertThat(firstBands).isNotEmpty();
        tab(planner, "Charts"); // the workspace's charts are drawn when they show
        assertThat(bandSeries(planner, "chart-demand-supply", "Demand P10–P90")).isEqualTo(firstBands);
        assertThat(bandSeries(planner, "chart-cost-per-token", "Cost P10–P90")).isNotEmpty();
        tab(planner, "Uncertainty");

        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run again")).first().click();
        planner.waitForTimeout(300);
        assertThat(bandSeries(planner, "chart-bands", "Demand P10–P90")).isEqualTo(firstBands);
        Browser.screenshot(planner, "records-monte-carlo");

        planner.locator("#tn-kind").selectOption("capex");
        planner.locator("#tn-period").fill("2026");
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show sensitivity")).click();
        assertThat(planner.locator("#tornado-table tbody tr").first()).containsText("Chip price");
        Browser.screenshot(planner, "records-tornado");
    }

    @Test
    @Order(5)
    void actualsAreHeldAgainstTheNamedPlan() {
        tab(planner, "Actuals");
        planner.locator("#ac-quarter").selectOption("2025Q1");
        planner.locator("#actuals-form").getByLabel("Chips delivered").fill("250000");
        planner.getByLabel("Spend on chips ($)").fill("7000000000");
        planner.locator("#ac-reason").fill("10-K filings");
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record actuals")).click();
        assertThat(planner.locator("#notices")).containsText("Saved: version");

        planner.getByLabel("The plan as of (version, tag:name or day)").fill("tag:Board plan");
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hold against actuals")).click();
        Locator table = planner.locator("#accountability table");
        assertThat(table).containsText("Chips delivered");
        assertThat(table).containsText("Spend on chips");
        assertThat(table).containsText("2025Q1");
        Browser.screenshot(planner, "records-accountability");
    }

    @Test
    @Order(6)
    void theNewPanelsHaveNoSeriousAccessibilityIssues() {
        for (String name : List.of("Versions", "Uncertainty", "Actuals")) {
            tab(planner, name);
            assertThat(Browser.seriousAccessibilityViolations(planner)).as(name).isEmpty();
        }
    }

    private static void tab(Page page, String name) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name)).click();
    }

    private static List<?> bandSeries(Page page, String chart, String series) {
        return (List<?>) page.evaluate("([chart, name]) => { const s = echarts.getInstanceByDom(document.getElementById(chart))"
                + ".getOption().series.find(s => s.name === name); return s ? s.data : []; }", List.of(chart, series));
    }
}
