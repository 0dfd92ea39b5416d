package io.jevons.planning.scenario;

import io.jevons.capacity.change.SetDemandBaseline;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.actuals.RecordActuals;
import io.jevons.planning.api.event.ActualsRecorded;
import io.jevons.planning.api.event.AssumptionEvents;
import io.jevons.planning.api.event.CommentAdded;
import io.jevons.planning.api.event.ScenarioArchived;
import io.jevons.planning.api.event.ScenarioLocked;
import io.jevons.planning.api.event.ScenarioUnlocked;
import io.jevons.planning.api.event.VersionTagged;
import io.jevons.planning.api.history.AuditMetadata;
import io.jevons.planning.api.notes.AddComment;
import io.jevons.planning.api.scenario.ChangeAssumption;
import io.jevons.planning.api.scenario.Evidence;
import io.jevons.planning.api.scenario.RenameScenario;
import io.jevons.planning.api.scenario.ScenarioConflict;
import io.jevons.planning.api.versions.LockScenario;
import io.jevons.planning.api.versions.ScenarioIsLocked;
import io.jevons.planning.api.versions.TagVersion;
import io.jevons.planning.api.versions.UnlockScenario;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.jevons.planning.scenario.ScenarioTest.ID;
import static io.jevons.planning.scenario.ScenarioTest.PLANNED;
import static org.assertj.core.api.Assertions.assertThat;

/** Named versions, locks, comments, actuals and the evidence of a change, on the Scenario aggregate. */
class SignOffAndRecordsTest {

    private AggregateTestFixture<Scenario> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Scenario.class);
    }

    @Test
    void namesAtMostAThousandVersions() {
        List<Object> named = new ArrayList<>(PLANNED);
        for (int i = 0; i < TagName.MAX_TAGS; i++) {
            named.add(new VersionTagged(ID, "name " + i, 1, null));
        }
        fixture.given(named)
                .when(new TagVersion(ID, "one more", 1L, null))
                .expectException(ScenarioConflict.class)
                .expectExceptionMessage("a scenario has at most 1000 named versions")
                .expectNoEvents();
    }

    @Test
    void namesAVersionOnceAndOnlyAVersionThatExists() {
        fixture.given(PLANNED)
                .when(new TagVersion(ID, " Board plan 2026-Q1 ", 3L, "signed off"))
                .expectResultMessagePayload(5L)
                .expectEvents(new VersionTagged(ID, "Board plan 2026-Q1", 3, "signed off"));
        fixture.given(PLANNED)
                .when(new TagVersion(ID, "Now", null, null))
                .expectEvents(new VersionTagged(ID, "Now", 4, null));
        fixture.given(PLANNED)
                .when(new TagVersion(ID, "Future", 9L, null))
                .expectException(InvalidAssumptionsException.class)
                .expectExceptionMessage("version: scenario " + ID + " has versions 1 to 4, not 9")
                .expectNoEvents();
        fixture.given(with(new VersionTagged(ID, "Board", 2, null)))
                .when(new TagVersion(ID, "Board", 4L, null))
                .expectException(ScenarioConflict.class)
                .expectNoEvents();
        fixture.given(PLANNED)
                .when(new TagVersion(ID, "  ", null, null))
                .expectExceptionMessage("tag: a version's name is required");
    }

    @Test
    void aLockedScenarioRefusesChangesButTakesTagsCommentsAndActualsUntilItIsUnlocked() {
        fixture.given(PLANNED)
                .when(new LockScenario(ID, "board approved"))
                .expectEvents(new ScenarioLocked(ID, "board approved"));
        List<Object> locked = with(new ScenarioLocked(ID, "board approved"));
        fixture.given(locked)
                .when(new ChangeAssumption(ID, 5, new SetDemandBaseline(1e9), "sneak in"))
                .expectException(ScenarioIsLocked.class)
                .expectNoEvents();
        fixture.given(locked)
                .when(new RenameScenario(ID, 5, "Other", null))
                .expectException(ScenarioIsLocked.class);
        fixture.given(locked)
                .when(new LockScenario(ID, null))
                .expectException(ScenarioConflict.class);
        fixture.given(locked)
                .when(new TagVersion(ID, "Board", null, null))
                .expectEvents(new VersionTagged(ID, "Board", 5, null));
        fixture.given(locked)
                .when(new AddComment(ID, "Approved as is", null))
                .expectEvents(new CommentAdded(ID, "Approved as is", null));
        fixture.given(locked)
                .when(new UnlockScenario(ID, "re-plan"))
                .expectEvents(new ScenarioUnlocked(ID, "re-plan"));
        List<Object> unlocked = new ArrayList<>(locked);
        unlocked.add(new ScenarioUnlocked(ID, "re-plan"));
        fixture.given(unlocked)
                .when(new ChangeAssumption(ID, 6, new SetDemandBaseline(1e9), "after re-plan"))
                .expectSuccessfulHandlerExecution();
        fixture.given(PLANNED)
                .when(new UnlockScenario(ID, null))
                .expectException(ScenarioConflict.class);
    }

    @Test
    void commentsOnAVersionThatExistsAlsoOnArchivedScenarios() {
        fixture.given(with(new ScenarioArchived(ID, null)))
                .when(new AddComment(ID, "Why we dropped it:\nthe ASIC slipped", 2L))
                .expectEvents(new CommentAdded(ID, "Why we dropped it:\nthe ASIC slipped", 2L));
        fixture.given(PLANNED)
                .when(new AddComment(ID, "about nothing", 0L))
                .expectExceptionMessage("aboutVersion: scenario " + ID + " has versions 1 to 4, not 0");
        fixture.given(PLANNED)
                .when(new AddComment(ID, "x".repeat(4001), null))
                .expectExceptionMessage("text: a comment has at most 4000 characters, was 4001");
    }

    @Test
    void recordsActualsOfAQuarterOfTheHorizonWithPlausibleFigures() {
        Quarter q = Quarter.of(2025, 2);
        fixture.given(PLANNED)
                .when(new RecordActuals(ID, q, 900L, null, Usd.ofWholeDollars(27_000_000), " invoices "))
                .expectEvents(new ActualsRecorded(ID, q, 900L, null, Usd.ofWholeDollars(27_000_000), "invoices"));
        fixture.given(PLANNED)
                .when(new RecordActuals(ID, Quarter.of(2031, 1), 1L, null, null, null))
                .expectExceptionMessage("quarter: 2031Q1 is outside the horizon 2025Q1..2030Q4");
        fixture.given(PLANNED)
                .when(new RecordActuals(ID, q, null, null, null, null))
                .expectException(InvalidAssumptionsException.class)
                .expectNoEvents();
        fixture.given(PLANNED)
                .when(new RecordActuals(ID, q, -1L, Double.NaN, null, null))
                .expectException(InvalidAssumptionsException.class)
                .expectNoEvents();
    }

    @Test
    void theEvidenceOfAChangeTravelsInItsEventsMetadata() {
        fixture.given(PLANNED)
                .when(new ChangeAssumption(ID, 4, new SetDemandBaseline(3e9), "measured at the gateway",
                        new Evidence(Evidence.EvidenceKind.MEASURED, "https://example.org/gateway-q1")))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.predicate((EventMessage<?> event) ->
                                "measured".equals(event.getMetaData().get(AuditMetadata.EVIDENCE))
                                        && "https://example.org/gateway-q1".equals(
                                        event.getMetaData().get(AuditMetadata.EVIDENCE_LINK))
                                        && event.getPayload().equals(AssumptionEvents.of(ID, new SetDemandBaseline(3e9),
                                        "measured at the gateway"))),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
        fixture.given(PLANNED)
                .when(new ChangeAssumption(ID, 4, new SetDemandBaseline(3e9), "x",
                        new Evidence(null, "file:///etc/passwd")))
                .expectExceptionMessage("evidenceLink: an http or https URL of at most 2000 characters, was "
                        + "'file:///etc/passwd'");
        assertThat(EvidenceLinks.metaData(null).isEmpty()).isTrue();
    }

    private static List<Object> with(Object event) {
        List<Object> events = new ArrayList<>(PLANNED);
        events.add(event);
        return events;
    }
}
