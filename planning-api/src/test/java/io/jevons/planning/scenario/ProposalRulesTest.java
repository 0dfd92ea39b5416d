package io.jevons.planning.scenario;

import io.jevons.capacity.change.SetDemandBaseline;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.event.AssumptionEvents;
import io.jevons.planning.api.event.ProposalClosed;
import io.jevons.planning.api.event.ProposalCommented;
import io.jevons.planning.api.event.ProposalOpened;
import io.jevons.planning.api.event.ProposalReviewed;
import io.jevons.planning.api.event.ReviewVerdict;
import io.jevons.planning.api.event.ScenarioForked;
import io.jevons.planning.api.proposal.CloseProposal;
import io.jevons.planning.api.proposal.CommentOnProposal;
import io.jevons.planning.api.proposal.OpenProposal;
import io.jevons.planning.api.proposal.OpenedProposal;
import io.jevons.planning.api.proposal.ReviewProposal;
import io.jevons.planning.api.scenario.ScenarioConflict;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.jevons.planning.scenario.ScenarioTest.HORIZON;
import static io.jevons.planning.scenario.ScenarioTest.ID;
import static io.jevons.planning.scenario.ScenarioTest.PLANNED;

/** A proposal's rules on the Scenario aggregate: who proposes to whom, once at a time, and what an ended one takes. */
class ProposalRulesTest {

    private static final ScenarioId SOURCE = ScenarioId.of("6a1b1f4e-8a53-4d0c-9d4c-2f1f5e2b9a11");
    private static final List<Object> FORKED = List.of(
            new ScenarioForked(ID, "Re-plan", HORIZON.first(), HORIZON.last(), SOURCE, 7, null),
            AssumptionEvents.of(ID, new SetDemandBaseline(2e9), "agents"));
    private static final ProposalOpened OPENED = new ProposalOpened(ID, 1, SOURCE, "Agents double", null, 1, 7);

    private AggregateTestFixture<Scenario> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Scenario.class);
    }

    @Test
    void aForkProposesToItsSourceOneProposalAtATime() {
        fixture.given(FORKED)
                .when(new OpenProposal(ID, SOURCE, " Agents double ", "  ", 1, 7))
                .expectResultMessagePayload(new OpenedProposal(1, 3))
                .expectEvents(OPENED);
        fixture.given(with(OPENED))
                .when(new OpenProposal(ID, SOURCE, "Again", null, 1, 7))
                .expectException(ScenarioConflict.class)
                .expectExceptionMessage("proposal #1 of this scenario is still open: merge or close it first")
                .expectNoEvents();
        fixture.given(with(OPENED, new ProposalClosed(ID, 1, "superseded")))
                .when(new OpenProposal(ID, SOURCE, "Second try", null, 1, 7))
                .expectResultMessagePayload(new OpenedProposal(2, 5));
        fixture.given(PLANNED)
                .when(new OpenProposal(ID, SOURCE, "Not a fork", null, 1, 1))
                .expectException(ScenarioConflict.class)
                .expectNoEvents();
        fixture.given(FORKED)
                .when(new OpenProposal(ID, ScenarioId.random(), "Elsewhere", null, 1, 7))
                .expectException(ScenarioConflict.class)
                .expectNoEvents();
        fixture.given(FORKED)
                .when(new OpenProposal(ID, SOURCE, " ", null, 1, 7))
                .expectException(InvalidAssumptionsException.class)
                .expectExceptionMessage("title: a proposal's title is required")
                .expectNoEvents();
    }

    @Test
    void aRequestForChangesSaysWhichAndAnEndedProposalTakesNothingMore() {
        fixture.given(with(OPENED))
                .when(new ReviewProposal(ID, 1, ReviewVerdict.CHANGES_REQUESTED, " "))
                .expectException(InvalidAssumptionsException.class)
                .expectExceptionMessage("text: say which changes you ask for")
                .expectNoEvents();
        fixture.given(with(OPENED))
                .when(new ReviewProposal(ID, 1, ReviewVerdict.APPROVED, null))
                .expectEvents(new ProposalReviewed(ID, 1, ReviewVerdict.APPROVED, null));
        fixture.given(with(OPENED))
                .when(new CommentOnProposal(ID, 1, "which pilots?", 2L))
                .expectEvents(new ProposalCommented(ID, 1, "which pilots?", 2L));
        fixture.given(with(OPENED, new ProposalClosed(ID, 1, null)))
                .when(new CommentOnProposal(ID, 1, "too late", null))
                .expectException(ScenarioConflict.class)
                .expectExceptionMessage("proposal #1 is closed: it takes nothing more")
                .expectNoEvents();
        fixture.given(with(OPENED))
                .when(new CloseProposal(ID, 2, null))
                .expectException(io.jevons.planning.http.ResourceNotFound.class)
                .expectNoEvents();
    }

    private static List<Object> with(Object... more) {
        List<Object> events = new ArrayList<>(FORKED);
        events.addAll(List.of(more));
        return events;
    }
}
