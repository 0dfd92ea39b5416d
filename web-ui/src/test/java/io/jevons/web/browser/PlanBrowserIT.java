package io.jevons.web.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan grid as a planner uses it in Chromium: read the default plan, edit a cell and save, paste a range, look
 * at a past version, and read it all as a viewer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanBrowserIT extends BrowserTest {

    Page planner;
    String workspaceUrl;
    long createdVersion;

    @Test
    @Order(1)
    void theGridShowsTheDefaultPlansGrowthAndTheDeepSeekStepWithWhoSetIt() {
        planner = browser.loggedIn("planner", PASSWORD);
        Browser.createFromDefault(planner, "Grid plan");
        workspaceUrl = planner.url();
        createdVersion = shownVersion(planner);

        assertThat(cell(planner, "Demand growth", "2025Q1")).hasAttribute("aria-label", "Demand growth, 2025Q1: 30 %");
        Locator step = cell(planner, "Efficiency step · all classes", "2025Q1");
        assertThat(step).hasText("10×");
        assertThat(step).hasClass(java.util.regex.Pattern.compile("\\bstarts\\b"));
        step.hover();
        assertThat(planner.locator(".tabulator-tooltip")).containsText("Set in version");
        assertThat(planner.locator(".tabulator-tooltip")).containsText("Why:");
        assertThat(planner.locator("#headline [data-figure='capex'] .value")).hasText(java.util.regex.Pattern.compile(
                "^\\$\\d+(\\.\\d+)? [TB]$"));
        Browser.screenshot(planner, "plan-grid");
    }

    @Test
    @Order(2)
    void aCellEditAndOneSaveMoveTheHeadlineAndTheChart() {
        String peakBefore = planner.locator("#headline [data-figure='peak-shortage'] .value").textContent();
        planner.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Charts")).click();
        double demandBefore = demandIn(planner, "2028Q1");
        planner.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Plan")).click();

        Locator growth = cell(planner, "Demand growth", "2026Q4");
        growth.dblclick();
        planner.locator("input.cell-editor").fill("2");
        planner.keyboard().press("Enter");
        assertThat(planner.locator("#plan-staged")).hasText("1 unsaved cell");
        assertThat(growth).hasText("2 %");
        planner.getByLabel("Why (saved with the changes)").fill("growth slows from late 2026");
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();

        waitForVersion(planner, createdVersion + 1);
        assertThat(planner.locator("#notices")).containsText("Saved: version " + (createdVersion + 1));
        Locator peak = planner.locator("#headline [data-figure='peak-shortage']");
        assertThat(peak.locator(".value")).not().hasText(peakBefore);
        assertThat(peak.locator(".detail")).containsText("points since the last change");
        assertThat(cell(planner, "Demand growth", "2026Q4")).hasText("2 %");
        planner.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Charts")).click();
        planner.waitForFunction("v => demandAt('2028Q1') < v", demandBefore);
        planner.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Plan")).click();
        assertThat(planner.locator("#plan-staged")).hasText("No unsaved changes");
    }

    @Test
    @Order(3)
    void aPastedRangeOfEightQuartersIsOneVersion() {
        cell(planner, "Demand growth", "2028Q1").click();
        planner.evaluate("text => { const data = new DataTransfer(); data.setData('text/plain', text);"
                + " document.querySelector('#plan-grid').dispatchEvent("
                + " new ClipboardEvent('paste', {clipboardData: data, bubbles: true})); }", "10\t9\t8\t7\t6\t5\t4\t2\n");
        assertThat(planner.locator("#plan-staged")).hasText("8 unsaved cells");
        planner.getByLabel("Why (saved with the changes)").fill("growth tapers after 2028");
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();

        waitForVersion(planner, createdVersion + 2);
        assertThat(planner.locator("#version-badge")).hasText("version " + (createdVersion + 2));
        assertThat(cell(planner, "Demand growth", "2029Q4")).hasText("2 %");
        cell(planner, "Demand growth", "2029Q4").hover();
        assertThat(planner.locator(".tabulator-tooltip")).containsText("growth tapers after 2028");
    }

    @Test
    @Order(4)
    void aRefusedSaveNamesTheCellInPercentAndKeepsWhatWasTyped() {
        cell(planner, "Share of requests · Chat LLM", "2029Q1").click(); // the keyboard's way: select, Enter edits
        planner.keyboard().press("Enter");
        planner.locator("input.cell-editor").fill("90");
        planner.keyboard().press("Enter");
        assertThat(planner.locator("input.cell-editor")).hasCount(0);
        assertThat(cell(planner, "Share of requests · Chat LLM", "2029Q1")).hasText("90 %");
        assertThat(planner.locator("#plan-staged")).hasText("1 unsaved cell");
        planner.getByLabel("Why (saved with the changes)").fill("chat comes back");
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
        assertThat(planner.locator("#plan-error")).containsText("Share of requests · Chat LLM in 2029Q1: the model mix "
                + "of 2029Q1 sums to");
        assertThat(planner.locator("#plan-error")).containsText("must sum to 100 %");
        assertThat(planner.locator("#plan-error")).not().containsText("edits[");
        assertThat(cell(planner, "Share of requests · Chat LLM", "2029Q1")).hasClass(
                java.util.regex.Pattern.compile("\\binvalid\\b"));
        assertThat(planner.locator("#version-badge")).hasText("version " + (createdVersion + 2));
        Browser.screenshot(planner, "plan-refused");
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Discard")).click();
        assertThat(planner.locator("#plan-staged")).hasText("No unsaved changes");
    }

    @Test
    @Order(5)
    void atAPastVersionTheGridAndHeadlineAreOfThatVersionAndEditingIsOff() {
        String peakNow = planner.locator("#headline [data-figure='peak-shortage'] .value").textContent();
        planner.getByLabel("Show the scenario as of version").fill(String.valueOf(createdVersion));
        waitForVersion(planner, createdVersion);
        assertThat(planner.locator("#headline")).hasAttribute("data-version", String.valueOf(createdVersion));
        assertThat(planner.locator("#headline [data-figure='peak-shortage'] .value")).not().hasText(peakNow);
        assertThat(cell(planner, "Demand growth", "2026Q4")).not().hasText("2 %");
        assertThat(planner.locator("#plan-editing")).isHidden();
        assertThat(planner.locator("#plan-mode")).containsText("version " + createdVersion);
        cell(planner, "Demand growth", "2026Q4").dblclick();
        assertThat(planner.locator("input.cell-editor")).hasCount(0);
        Browser.screenshot(planner, "plan-past-version");

        Download csv = planner.waitForDownload(() -> planner.locator("a[data-export='quarters']").click());
        assertThat(csv.suggestedFilename()).isEqualTo("Grid plan v" + createdVersion + " quarters.csv");
        Download png = planner.waitForDownload(() -> {
            planner.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Charts")).click();
            planner.locator("[data-png='demand-supply']").click();
        });
        assertThat(png.suggestedFilename()).isEqualTo("Grid plan v" + createdVersion + " demand-supply.png");
        planner.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Assumptions")).click();
        assertThat(planner.locator("#editors-off")).hasText("You are looking at version " + createdVersion
                + ". Go back to now to edit.");
        assertThat(planner.locator("#f-rpd")).isDisabled();
        planner.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Plan")).click();

        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back to now to edit")).click();
        waitForVersion(planner, createdVersion + 2);
        assertThat(planner.locator("#plan-editing")).isVisible();
    }

    @Test
    @Order(6)
    void aViewerSeesEveryValueAndNoEditor() {
        Page viewer = browser.loggedIn("viewer", PASSWORD);
        viewer.navigate(workspaceUrl);
        waitForVersion(viewer, createdVersion + 2);
        assertThat(viewer.locator("#plan-mode")).hasText("You can read the plan; planners change it.");
        assertThat(viewer.locator("#plan-editing")).isHidden();
        assertThat(cell(viewer, "Efficiency step · all classes", "2025Q1")).hasText("10×");
        assertThat(cell(viewer, "Demand growth", "2026Q4")).hasText("2 %");
        cell(viewer, "Demand growth", "2026Q4").dblclick();
        viewer.keyboard().press("Enter");
        assertThat(viewer.locator("input.cell-editor")).hasCount(0);
        viewer.context().close();
    }

    @Test
    @Order(7)
    void aLinkReopensTheSameView() {
        planner.getByLabel("Show the scenario as of version").fill(String.valueOf(createdVersion));
        waitForVersion(planner, createdVersion);
        planner.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Charts")).click();
        String link = planner.url();
        assertThat(link).contains("tab=charts").contains("version=" + createdVersion);

        Page opened = planner.context().newPage();
        opened.navigate(link);
        waitForVersion(opened, createdVersion);
        assertThat(opened.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Charts")))
                .hasAttribute("aria-selected", "true");
        assertThat(opened.locator("#workspace")).hasAttribute("data-chart-version", String.valueOf(createdVersion));
        assertThat(opened.locator("#as-of-label")).hasText(String.valueOf(createdVersion));
        opened.close();
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back to now").setExact(true)).click();
        waitForVersion(planner, createdVersion + 2);
        planner.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Plan")).click();
        assertThat(planner).not().hasURL(java.util.regex.Pattern.compile("version="));
    }

    @Test
    @Order(8)
    void thePlanTabHasNoSeriousAccessibilityIssues() {
        List<?> violations = Browser.seriousAccessibilityViolations(planner);
        assertThat(violations).isEmpty();
    }

    @Test
    @Order(9)
    void forkFromHereOpensTheForkAndCompareOverlaysItWithTheOriginal() {
        Page page = planner.context().newPage();
        page.navigate(workspaceUrl + "?version=" + createdVersion);
        waitForVersion(page, createdVersion);
        page.onceDialog(dialog -> dialog.accept("Grid plan before the edits"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fork from here")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Grid plan before the edits")))
                .isVisible();
        page.waitForSelector("#plan-grid[data-shown]", new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        assertThat(cell(page, "Demand growth", "2026Q4")).not().hasText("2 %");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Compare")).click();
        page.locator("#cmp-from").fill(page.locator("#as-of").getAttribute("max")); // the fork as it stands
        page.locator("#cmp-with").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Grid plan"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare").setExact(true)).first().click();
        Locator variance = page.locator("#compare-result table.variance");
        assertThat(variance).containsText("Demand");
        assertThat(variance).containsText("%");
        assertThat(page.locator("#compare-result")).containsText("unchanged rows hidden");
        assertThat(page.locator("#compare-result")).not().containsText("MODEL_MIX");
        assertThat(page.locator("#compare-charts")).isVisible();
        // the assumptions that differ, in words and the planner's units, and marked in B's plan grid
        assertThat(page.locator("#compare-result")).containsText("Demand growth from 2026Q4");
        assertThat(page.locator("#compare-result")).containsText("Demand growth from 2026Q4—2 %");
        Locator growth = page.locator("#compare-grid [aria-label^=\"Demand growth, 2026Q4:\"]");
        assertThat(growth).hasText("2 %");
        assertThat(growth).hasClass(java.util.regex.Pattern.compile("\\bdiffers\\b"));
        growth.hover();
        assertThat(page.locator(".tabulator-tooltip")).containsText("A ");
        assertThat(page.locator(".tabulator-tooltip")).containsText("B 2 %");
        assertThat(page.locator("#compare-grid-title")).containsText("rows; marked cells differ");
        Browser.screenshot(page, "plan-compare");
        page.close();
    }

    @Test
    @Order(10)
    void anEmptyScenarioGuidesTheStart() {
        Page page = planner.context().newPage();
        page.navigate(browser.url("/scenarios"));
        assertThat(page.getByLabel(java.util.regex.Pattern.compile("Start from the default scenario"))).isChecked();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Blank slate");
        page.getByLabel(java.util.regex.Pattern.compile("Start from the default scenario")).uncheck();
        page.getByLabel("Why (kept in the audit log)").fill("from scratch");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create scenario")).click();
        page.getByText("Scenario created.").waitFor();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Blank slate")).click();
        assertThat(page.locator("#plan-start")).isVisible();
        assertThat(page.locator("#plan-start")).containsText("An empty plan");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a workload class")).click();
        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Assumptions")))
                .hasAttribute("aria-selected", "true");
        assertThat(page.locator("#f-wc-id")).isFocused();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Charts")).click();
        assertThat(page.locator("#charts-empty")).isVisible();
        page.close();
    }

    @Test
    @Order(11)
    void theSliderStepsOverVersionsThatChangeNoFigure() {
        planner.navigate(workspaceUrl);
        long figures = shownVersion(planner);
        planner.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Versions")).click();
        planner.getByLabel("Name of the version").fill("Before the review");
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Name this version")).click();
        assertThat(planner.locator("#tag-rows")).containsText("Before the review");
        planner.getByLabel("Comment or decision record (shown in the history)").fill("Growth agreed with finance");
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add comment")).click();
        assertThat(planner.locator("#version-badge")).hasText("version " + (figures + 2));

        planner.getByLabel("Show the scenario as of version").fill(String.valueOf(figures + 1));
        planner.waitForFunction("v => document.getElementById('workspace').dataset.chartVersion === v",
                String.valueOf(figures));
        assertThat(planner.locator("#as-of-label")).hasText(String.valueOf(figures));
        assertThat(planner.locator("#as-of-event")).containsText("Stepped over version " + (figures + 1)
                + ": it changes no figure");
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back to now").setExact(true)).click();
        planner.waitForFunction("v => document.getElementById('workspace').dataset.chartVersion === v",
                String.valueOf(figures + 2));
    }

    @Test
    @Order(12)
    void theOrdersTableSortsFiltersAndChangesAnOrderInPlace() {
        planner.navigate(workspaceUrl + "?tab=assumptions");
        long version = shownVersion(planner);
        Locator quantity = planner.locator("#order-grid .tabulator-tableholder .tabulator-row:has([tabulator-field='id']:text-is('h100-2024q1'))"
                + " [tabulator-field='quantity']");
        assertThat(quantity).hasText("1,200,000");
        Locator orderFilter = planner.locator("#order-grid .tabulator-header-filter input").first();
        orderFilter.pressSequentially("tpu");
        planner.waitForFunction("() => [...document.querySelectorAll('#order-grid .tabulator-tableholder [tabulator-field=id]')]"
                + ".every(cell => cell.textContent.includes('tpu'))");
        orderFilter.press("Control+A");
        orderFilter.press("Backspace");
        planner.locator("#order-grid .tabulator-col[tabulator-field='quantity'] .tabulator-col-title").click();
        planner.waitForFunction("() => { const q = [...document.querySelectorAll('#order-grid .tabulator-tableholder"
                + " [tabulator-field=quantity]')].map(c => Number(c.textContent.replace(/,/g, '')));"
                + " return q.length > 10 && q.every((v, i) => i === 0 || q[i - 1] <= v); }"); // smallest first
        planner.locator("#order-grid .tabulator-col[tabulator-field='deliveryQuarter'] .tabulator-col-title").click();

        String capexBefore = planner.locator("#headline [data-figure='capex'] .value").textContent();
        planner.getByLabel("Reason for the order changes below").fill("H100 allocation cut");
        quantity.dblclick();
        planner.locator("#order-grid input[type='number']").fill("600000");
        planner.keyboard().press("Enter");
        waitForVersion(planner, version + 1);
        assertThat(quantity).hasText("600,000");
        assertThat(planner.locator("#headline [data-figure='capex'] .value")).not().hasText(capexBefore);
        Browser.screenshot(planner, "plan-orders");
    }

    @Test
    @Order(13)
    void theCalibrationTabHoldsTheDefaultToPublicFiguresAndShowsAMiss() {
        Page page = planner.context().newPage();
        page.navigate(browser.url("/scenarios"));
        Browser.createFromDefault(page, "Calibrated plan");
        long version = shownVersion(page);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Calibration")).click();
        assertThat(page.locator("#calibration-summary")).containsText("agrees with all");
        Locator requests = page.locator("#calibration tr").filter(new Locator.FilterOptions().setHasText("2024Q4"))
                .filter(new Locator.FilterOptions().setHasText("Requests per day"));
        assertThat(requests).containsText("within 1.5× of 3 B");
        assertThat(requests).containsText("holds");
        assertThat(requests).containsText("ChatGPT");
        Browser.screenshot(page, "plan-calibration");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Plan")).click();
        cell(page, "Requests per day", "Whole plan").click();
        page.keyboard().press("Enter");
        page.locator("input.cell-editor").fill("14 B");
        page.keyboard().press("Enter");
        page.getByLabel("Why (saved with the changes)").fill("ten times the requests");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
        waitForVersion(page, version + 1);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Calibration")).click();
        assertThat(page.locator("#calibration-summary")).containsText("public figures do not hold");
        assertThat(requests).containsText("too high");

        Locator form = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("A figure of your own"));
        form.getByLabel("What it is").fill("Requests we saw");
        form.getByLabel("Of", new Locator.GetByLabelOptions().setExact(true)).selectOption("REQUESTS_PER_DAY");
        form.getByLabel("Quarter").selectOption("2025Q3");
        form.getByLabel("The figure").fill("6.5 B");
        form.getByLabel("Published").fill("2025-10-01");
        form.getByLabel("Source").fill("our gateway logs");
        form.getByLabel("Why (kept in the audit log)").fill("our own count");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hold the plan to it")).click();
        Locator own = page.locator("#calibration tr").filter(new Locator.FilterOptions().setHasText("Requests we saw (yours)"));
        assertThat(own).containsText("within 1.5× of 6.5 B");
        assertThat(own).containsText("too high");
        assertThat(own).containsText("our gateway logs");
        page.onceDialog(dialog -> dialog.accept("a one-off count"));
        own.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove")).click();
        assertThat(own).hasCount(0);
        page.close();
    }

    private static Locator cell(Page page, String row, String quarter) {
        return Browser.planCell(page, row, quarter);
    }

    private static long shownVersion(Page page) {
        page.waitForSelector("#plan-grid[data-shown]", new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.evaluate("() => { window.demandAt = quarter => {"
                + " const option = echarts.getInstanceByDom(document.getElementById('chart-demand-supply')).getOption();"
                + " return option.series.find(s => s.name === 'Demand').data[option.xAxis[0].data.indexOf(quarter)]; }; }");
        return Long.parseLong(page.locator("#plan-grid").getAttribute("data-shown"));
    }

    private static void waitForVersion(Page page, long version) {
        Browser.waitForPlanVersion(page, version);
        shownVersion(page);
    }

    private static double demandIn(Page page, String quarter) {
        return ((Number) page.evaluate("q => demandAt(q)", quarter)).doubleValue();
    }
}
