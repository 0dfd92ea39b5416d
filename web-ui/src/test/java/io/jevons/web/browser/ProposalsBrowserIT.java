package io.jevons.web.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Planning together in Chromium, with two people: a planner drafts a re-plan on a fork and proposes it, an analyst
 * reviews its impact and approves it, the owner of the plan merges it settling a conflict, then reverts the merge.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProposalsBrowserIT extends BrowserTest {

    Page planner;
    String targetUrl;
    String forkUrl;
    long targetVersion;

    @Test
    @Order(1)
    void aPlannerDraftsOnAForkAndProposesIt() {
        planner = browser.loggedIn("planner", PASSWORD);
        Browser.createFromDefault(planner, "Plan of record");
        targetUrl = planner.url();
        targetVersion = version(planner);
        planner.onceDialog(dialog -> dialog.accept("Re-plan: agents double"));
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fork from here")).first().click();
        planner.waitForURL(url -> !url.startsWith(targetUrl));
        forkUrl = planner.url();
        long forkVersion = version(planner);

        editGrowth(planner, "2027Q1", "20");
        editGrowth(planner, "2028Q1", "9");
        save(planner, "agent pilots double the requests", forkVersion + 1);

        tab(planner, "Proposals");
        planner.getByLabel("Title").fill("Agents double in 2027");
        planner.getByLabel("What and why").fill("The agent pilots of three teams double the requests.");
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose merge")).click();

        Locator proposal = planner.locator("#proposal");
        assertThat(proposal.locator("h3")).containsText("#1 Agents double in 2027");
        assertThat(proposal).containsText("Proposed by planner");
        assertThat(proposal.getByRole(AriaRole.TABLE, new Locator.GetByRoleOptions().setName("Changes of the proposal")))
                .containsText("Demand growth from 2027Q1: 20% a quarter");
        Locator demand = proposal.locator("table[aria-label^='Impact on'] tr", new Locator.LocatorOptions()
                .setHasText("Demand"));
        assertThat(demand.first().locator("td").nth(3)).hasText(java.util.regex.Pattern.compile("^\\+"));
        assertThat(proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Merge into \"Plan of record\"")))
                .isDisabled();
        assertThat(proposal).containsText("A merge waits for an approval by someone other than planner");
    }

    @Test
    @Order(2)
    void theTargetMovesOnMeanwhile() {
        planner.navigate(targetUrl);
        Browser.waitForPlanVersion(planner, targetVersion);
        editGrowth(planner, "2027Q1", "5");
        save(planner, "budget review: a slower 2027", targetVersion + 1);
        targetVersion++;
    }

    @Test
    @Order(3)
    void anAnalystReviewsTheImpactAndApproves() {
        Page author = browser.loggedIn("planner", PASSWORD);
        author.navigate(forkUrl);
        version(author);
        planner.navigate(targetUrl + "?tab=proposals");
        assertThat(planner.locator("#proposal-rows")).containsText("Not reviewed yet");

        Page analyst = browser.loggedIn("analyst", PASSWORD);
        analyst.navigate(forkUrl + "?tab=proposals");
        analyst.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open")).click();
        analyst.getByLabel("Comment, or say what to change").fill("Is 20 % a quarter the pilots' own figure?");
        analyst.getByLabel("About").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        analyst.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Comment").setExact(true)).click();
        assertThat(analyst.locator("#proposal .timeline")).containsText("Comment on proposal #1, version ");
        assertThat(analyst.locator("#proposal .timeline")).containsText(": Is 20 % a quarter the pilots' own figure?");
        analyst.getByLabel("Comment, or say what to change").fill("The pilots back it.");
        analyst.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
        assertThat(analyst.locator("#proposal .timeline")).containsText("Approved proposal #1: The pilots back it.");
        assertThat(analyst.locator("#proposal .timeline")).containsText("by analyst");

        // the author's fork and the target's list hear of the review at once
        assertThat(author.locator("#notices")).containsText("analyst changed the scenario");
        assertThat(author.locator("#notices")).containsText("Approved proposal #1");
        assertThat(planner.locator("#proposal-rows")).containsText("Approved");
        author.context().close();
        analyst.context().close();
    }

    @Test
    @Order(4)
    void theOwnerSettlesTheConflictAndMerges() {
        planner.navigate(targetUrl + "?tab=proposals");
        Browser.waitForPlanVersion(planner, targetVersion);
        String costBefore = planner.locator("#headline [data-figure='cost-end'] .value").textContent();
        Locator rows = planner.locator("#proposal-rows");
        assertThat(rows).containsText("#1 Agents double in 2027");
        assertThat(rows).containsText("Approved");
        planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open")).click();

        Locator conflict = planner.locator("#proposal fieldset.conflict");
        assertThat(conflict.locator("legend")).hasText("Demand growth from 2027Q1 (Demand)");
        assertThat(conflict.locator(".conflict-side").nth(1)).containsText("Demand growth from 2027Q1: 5% a quarter");
        assertThat(conflict.locator(".conflict-side").nth(1)).containsText("Why: budget review: a slower 2027");
        assertThat(conflict.locator(".conflict-side").nth(2)).containsText("Demand growth from 2027Q1: 20% a quarter");
        Browser.screenshot(planner, "proposal-review");
        Locator merge = planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge into \"Plan of record\""));
        merge.click();
        assertThat(planner.locator("#proposal .merge-form .error")).containsText("settle each conflict first");

        planner.getByLabel("Demand growth from 2027Q1: the figure to set").fill("12");
        planner.getByLabel("Why it goes into \"Plan of record\"").fill("accepted in the Monday review");
        merge.click();
        assertThat(planner.locator("#notices")).containsText("Merged into \"Plan of record\" as its version "
                + (targetVersion + 1));
        Browser.waitForPlanVersion(planner, targetVersion + 1);
        targetVersion++;
        assertThat(planner.locator("#headline [data-figure='cost-end'] .value")).not().hasText(costBefore);
        assertThat(planner.locator("#proposal h3")).containsText("Merged");
        tab(planner, "Plan");
        assertThat(Browser.planCell(planner, "Demand growth", "2027Q1")).hasText("12 %");
        assertThat(Browser.planCell(planner, "Demand growth", "2028Q1")).hasText("9 %");
    }

    @Test
    @Order(5)
    void theMergeUnfoldsInTheHistoryAndIsRevertedAsOneChange() {
        tab(planner, "History");
        Locator merged = planner.locator("#history li.event").first();
        assertThat(merged).containsText("Merged proposal \"Agents double in 2027\": 2 changes");
        merged.locator("details.unfold summary").click();
        Locator unfolded = merged.locator(".unfolded li");
        assertThat(unfolded).hasCount(2);
        assertThat(unfolded.nth(0)).containsText("Demand growth from 2028Q1: 9% a quarter");
        assertThat(unfolded.nth(0)).containsText("Why: agent pilots double the requests");
        assertThat(unfolded.nth(1)).containsText("Why: resolves the conflict on Demand growth from 2027Q1");

        merged.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revert")).click();
        merged.getByLabel("Why revert version " + targetVersion).fill("the pilots slipped");
        merged.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revert version " + targetVersion)).click();
        Browser.waitForPlanVersion(planner, targetVersion + 1);
        assertThat(planner.locator("#history li.event").first())
                .containsText("Why: revert of v" + targetVersion + ": the pilots slipped");
        tab(planner, "Plan");
        assertThat(Browser.planCell(planner, "Demand growth", "2027Q1")).hasText("5 %");
    }

    private static void editGrowth(Page page, String quarter, String percent) {
        Locator cell = Browser.planCell(page, "Demand growth", quarter);
        cell.dblclick();
        page.locator("input.cell-editor").fill(percent);
        page.keyboard().press("Enter");
    }

    private static void save(Page page, String reason, long expectedVersion) {
        page.getByLabel("Why (saved with the changes)").fill(reason);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
        Browser.waitForPlanVersion(page, expectedVersion);
    }

    private static void tab(Page page, String name) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name)).click();
    }

    private static long version(Page page) {
        page.waitForSelector("#headline[data-version]", new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        return Long.parseLong(page.locator("#headline").getAttribute("data-version"));
    }
}
