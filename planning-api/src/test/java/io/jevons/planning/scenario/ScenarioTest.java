package io.jevons.planning.scenario;

import io.jevons.capacity.assumptions.ChipKind;
import io.jevons.capacity.assumptions.ChipType;
import io.jevons.capacity.assumptions.ChipTypeId;
import io.jevons.capacity.assumptions.Economics;
import io.jevons.capacity.assumptions.EfficiencyScope;
import io.jevons.capacity.assumptions.EfficiencyStep;
import io.jevons.capacity.assumptions.ModelMix;
import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.assumptions.ProcurementOrder;
import io.jevons.capacity.assumptions.TokenProfile;
import io.jevons.capacity.assumptions.WorkloadClassId;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.CancelOrder;
import io.jevons.capacity.change.ChangeChipSpecs;
import io.jevons.capacity.change.ChangeOrderPrice;
import io.jevons.capacity.change.ChangeOrderQuantity;
import io.jevons.capacity.change.ChangeWorkloadTokens;
import io.jevons.capacity.change.DefineChipType;
import io.jevons.capacity.change.DefineWorkloadClass;
import io.jevons.capacity.change.DelayOrder;
import io.jevons.capacity.change.PlaceOrder;
import io.jevons.capacity.change.SetAnnualEfficiencyGain;
import io.jevons.capacity.change.SetDemandBaseline;
import io.jevons.capacity.change.SetDemandGrowth;
import io.jevons.capacity.change.SetEconomics;
import io.jevons.capacity.change.SetEfficiencyStep;
import io.jevons.capacity.change.SetInputTokenWeight;
import io.jevons.capacity.change.SetModelMix;
import io.jevons.capacity.change.SetPeakToAverage;
import io.jevons.capacity.change.SetReboundElasticity;
import io.jevons.capacity.defaults.DefaultScenario;
import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.event.AssumptionEvents;
import io.jevons.planning.api.event.ScenarioArchived;
import io.jevons.planning.api.event.ScenarioCreated;
import io.jevons.planning.api.event.ScenarioForked;
import io.jevons.planning.api.event.ScenarioRenamed;
import io.jevons.planning.api.scenario.ArchiveScenario;
import io.jevons.planning.api.scenario.ChangeAssumption;
import io.jevons.planning.api.scenario.ChangeOutcome;
import io.jevons.planning.api.scenario.CreateScenario;
import io.jevons.planning.api.scenario.ForkScenario;
import io.jevons.planning.api.scenario.RenameScenario;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.scenario.ScenarioIsArchived;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command of the Scenario aggregate, accepted and refused. */
class ScenarioTest {

    static final ScenarioId ID = ScenarioId.of("5f0c1f4e-8a53-4d0c-9d4c-2f1f5e2b9a10");
    static final Quarter Q1 = Quarter.of(2025, 1);
    static final Horizon HORIZON = new Horizon(Q1, Quarter.of(2030, 4));
    static final WorkloadClassId CHAT = WorkloadClassId.of("chat");
    static final ChipTypeId H100 = ChipTypeId.of("h100");
    static final OrderId O1 = OrderId.of("o1");
    static final ChipType H100_SPEC = new ChipType(H100, "H100 SXM", "NVIDIA", ChipKind.GPU, 1.979e15, 80, 700,
            Usd.ofWholeDollars(30_000), 5, 0.19);
    static final ProcurementOrder ORDER = new ProcurementOrder(O1, H100, 1_000, Quarter.of(2025, 2), Usd.ofWholeDollars(30_000));

    /** Created, with a chat class, a chip type and an order: version 4. */
    static final List<Object> PLANNED = List.of(
            new ScenarioCreated(ID, "Plan", HORIZON.first(), HORIZON.last(), null),
            AssumptionEvents.of(ID, new DefineWorkloadClass(CHAT, "Chat", Q1, new TokenProfile(400, 3000, 5.6e11)), "chat"),
            AssumptionEvents.of(ID, new DefineChipType(H100_SPEC), "catalog"),
            AssumptionEvents.of(ID, new PlaceOrder(ORDER), "order"));

    private AggregateTestFixture<Scenario> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Scenario.class);
    }

    @Test
    void canCreateAnEmptyScenarioWithATrimmedName() {
        fixture.givenNoPriorActivity()
                .when(new CreateScenario(ID, "  AI inference 2025-2030 ", HORIZON, false, "first plan"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ScenarioCreated(ID, "AI inference 2025-2030", Q1, Quarter.of(2030, 4), "first plan"));
    }

    @Test
    void canCreateFromTheDefaultScenarioWithEveryOneOfItsChangesAsAnEvent() {
        List<Object> expected = new ArrayList<>();
        expected.add(new ScenarioCreated(ID, "Default", DefaultScenario.HORIZON.first(), DefaultScenario.HORIZON.last(), null));
        DefaultScenario.history().forEach(change -> expected.add(AssumptionEvents.of(ID, change.change(), change.reason())));
        fixture.givenNoPriorActivity()
                .when(new CreateScenario(ID, "Default", DefaultScenario.HORIZON, true, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(expected.toArray())
                .expectState(scenario -> assertThat(scenario.assumptions()).isEqualTo(DefaultScenario.assumptions()));
        assertThat(expected).hasSizeGreaterThan(100);
    }

    @Test
    void rejectsCreateFromTheDefaultWhenItsChangesFallOutsideTheHorizon() {
        fixture.givenNoPriorActivity()
                .when(new CreateScenario(ID, "Short", new Horizon(Q1, Quarter.of(2026, 4)), true, null))
                .expectException(InvalidAssumptionsException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsCreateWithoutANameOrWithAnOverlongOne() {
        fixture.givenNoPriorActivity()
                .when(new CreateScenario(ID, "   ", HORIZON, false, null))
                .expectException(InvalidAssumptionsException.class)
                .expectExceptionMessage("name: a scenario's name is required")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new CreateScenario(ID, "x".repeat(121), HORIZON, false, null))
                .expectExceptionMessage("name: a scenario's name has at most 120 characters, was 121");
        fixture.givenNoPriorActivity()
                .when(new CreateScenario(ID, "plan\u0000b", HORIZON, false, null))
                .expectException(InvalidAssumptionsException.class);
    }

    static Stream<AssumptionChange> everyKindOfChange() {
        return Stream.of(
                new SetDemandBaseline(2e9),
                new SetDemandGrowth(Quarter.of(2026, 1), 0.1),
                new SetPeakToAverage(1.8),
                new SetInputTokenWeight(0.25),
                new DefineWorkloadClass(WorkloadClassId.of("agent"), "Agent", Q1, new TokenProfile(60_000, 200_000, 5.6e11)),
                new ChangeWorkloadTokens(CHAT, Quarter.of(2026, 1), new TokenProfile(600, 3000, 5.6e11)),
                new SetModelMix(Q1, new ModelMix(Map.of(CHAT, 1.0))),
                new SetEfficiencyStep(new EfficiencyStep(Q1, EfficiencyScope.ALL, 10, "DeepSeek R1")),
                new SetAnnualEfficiencyGain(EfficiencyScope.of(CHAT), Quarter.of(2025, 2), 0.4),
                new DefineChipType(new ChipType(ChipTypeId.of("b200"), "B200", "NVIDIA", ChipKind.GPU, 4.5e15, 192, 1000,
                        Usd.ofWholeDollars(40_000), 5, 0.35)),
                new ChangeChipSpecs(new ChipType(H100, "H100 SXM", "NVIDIA", ChipKind.GPU, 1.979e15, 80, 700,
                        Usd.ofWholeDollars(25_000), 6, 0.2)),
                new PlaceOrder(new ProcurementOrder(OrderId.of("o2"), H100, 500, Quarter.of(2026, 1), Usd.ofWholeDollars(28_000))),
                new ChangeOrderQuantity(O1, 2_000),
                new ChangeOrderPrice(O1, Usd.ofWholeDollars(27_500)),
                new DelayOrder(O1, Quarter.of(2025, 4)),
                new CancelOrder(O1),
                new SetEconomics(Quarter.of(2026, 1), new Economics(0.09, 1.3, 0.18, 0.95)),
                new SetReboundElasticity(0.8));
    }

    @ParameterizedTest
    @MethodSource("everyKindOfChange")
    void canMakeEveryKindOfChangeAtTheCurrentVersion(AssumptionChange change) {
        fixture.given(PLANNED)
                .when(new ChangeAssumption(ID, 4, change, "because"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new ChangeOutcome.Applied(5))
                .expectEvents(AssumptionEvents.of(ID, change, "because"));
    }

    @ParameterizedTest
    @MethodSource("everyKindOfChange")
    void rejectsEveryKindOfChangeAtAStaleVersion(AssumptionChange change) {
        fixture.given(PLANNED)
                .when(new ChangeAssumption(ID, 3, change, "because"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new ChangeOutcome.Stale(3, 4))
                .expectNoEvents();
    }

    @Test
    void aVersionNewerThanTheLoadedCopyFailsTheCommandSoTheCopyIsEvictedAndReloaded() {
        // the planner saw version 6 (changes made on another node); this copy has 4
        fixture.given(PLANNED)
                .when(new RenameScenario(ID, 6, "Board plan", null))
                .expectException(OutdatedScenarioCopy.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @MethodSource("everyKindOfChange")
    void rejectsEveryKindOfChangeWithoutAReason(AssumptionChange change) {
        fixture.given(PLANNED)
                .when(new ChangeAssumption(ID, 4, change, "  "))
                .expectException(InvalidAssumptionsException.class)
                .expectExceptionMessage("reason: say why: every assumption change needs a reason")
                .expectNoEvents();
    }

    @Test
    void rejectsAReasonWithControlCharactersButKeepsItsLineBreaks() {
        AssumptionChange change = everyKindOfChange().findFirst().orElseThrow();
        fixture.given(PLANNED)
                .when(new ChangeAssumption(ID, 4, change, "pasted\u0000from a terminal"))
                .expectException(InvalidAssumptionsException.class)
                .expectExceptionMessage("reason: a reason cannot contain control characters")
                .expectNoEvents();
        fixture.given(PLANNED)
                .when(new ChangeAssumption(ID, 4, change, "first line\r\nsecond line"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void rejectsChangesTheCapacityModelRefuses() {
        fixture.given(PLANNED)
                .when(new ChangeAssumption(ID, 4, new SetModelMix(Q1, new ModelMix(Map.of(CHAT, 0.6))), "typo"))
                .expectException(InvalidAssumptionsException.class)
                .expectExceptionMessage("modelMix[2025Q1].shares: shares must sum to 100 %, they sum to 60 %")
                .expectNoEvents();
        fixture.given(PLANNED)
                .when(new ChangeAssumption(ID, 4, new PlaceOrder(new ProcurementOrder(OrderId.of("o9"),
                        ChipTypeId.of("tpu9"), 1, Q1, Usd.ZERO)), "unknown chip"))
                .expectExceptionMessage("orders[o9].chipType: unknown chip type tpu9")
                .expectNoEvents();
        fixture.given(PLANNED)
                .when(new ChangeAssumption(ID, 4, new DelayOrder(O1, Q1), "not a delay"))
                .expectExceptionMessage("orders[o1].deliveryQuarter: a delay moves delivery later: 2025Q1 is not after 2025Q2")
                .expectNoEvents();
        fixture.given(PLANNED)
                .when(new ChangeAssumption(ID, 4, new CancelOrder(OrderId.of("ghost")), "cancel"))
                .expectExceptionMessage("orders[ghost]: no order ghost")
                .expectNoEvents();
        fixture.given(PLANNED)
                .when(new ChangeAssumption(ID, 4, new PlaceOrder(ORDER), "again"))
                .expectExceptionMessage("orders[o1]: order o1 is already placed")
                .expectNoEvents();
    }

    @Test
    void canRenameAndRejectsARenameAtAStaleVersion() {
        fixture.given(PLANNED)
                .when(new RenameScenario(ID, 4, " Board plan ", null))
                .expectResultMessagePayload(new ChangeOutcome.Applied(5))
                .expectEvents(new ScenarioRenamed(ID, "Board plan", null));
        fixture.given(PLANNED)
                .when(new RenameScenario(ID, 2, "Board plan", null))
                .expectResultMessagePayload(new ChangeOutcome.Stale(2, 4))
                .expectNoEvents();
    }

    @Test
    void anArchivedScenarioTakesNoFurtherChanges() {
        fixture.given(PLANNED)
                .when(new ArchiveScenario(ID, 4, "superseded"))
                .expectEvents(new ScenarioArchived(ID, "superseded"));
        List<Object> archived = new ArrayList<>(PLANNED);
        archived.add(new ScenarioArchived(ID, "superseded"));
        fixture.given(archived)
                .when(new ChangeAssumption(ID, 5, new SetDemandBaseline(1e9), "too late"))
                .expectException(ScenarioIsArchived.class)
                .expectNoEvents();
        fixture.given(archived)
                .when(new ArchiveScenario(ID, 5, "again"))
                .expectException(ScenarioIsArchived.class)
                .expectNoEvents();
    }

    @Test
    void canForkWithTheCopiedChangesKeepingTheirReasonsAndOriginalAuthors() {
        ScenarioId fork = ScenarioId.of("6a1b1f4e-8a53-4d0c-9d4c-2f1f5e2b9a11");
        var defined = AssumptionEvents.of(ID, new DefineChipType(H100_SPEC), "catalog");
        var ordered = AssumptionEvents.of(ID, new PlaceOrder(ORDER), "order");
        Instant then = Instant.parse("2025-02-24T10:00:00Z");
        fixture.givenNoPriorActivity()
                .when(new ForkScenario(fork, "What if", HORIZON, ID, 3, List.of(
                        new ForkScenario.CopiedChange(defined, "alice", then),
                        new ForkScenario.CopiedChange(ordered, "bob", then)), "try a variant"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ScenarioForked(fork, "What if", Q1, Quarter.of(2030, 4), ID, 3, "try a variant"),
                        AssumptionEvents.of(fork, new DefineChipType(H100_SPEC), "catalog"),
                        AssumptionEvents.of(fork, new PlaceOrder(ORDER), "order"));
    }

    @Test
    void rejectsAForkWhoseCopiedChangesDoNotFitTheHorizon() {
        var ordered = AssumptionEvents.of(ID, new PlaceOrder(ORDER), "order");
        fixture.givenNoPriorActivity()
                .when(new ForkScenario(ScenarioId.random(), "Broken", HORIZON, ID, 2,
                        List.of(new ForkScenario.CopiedChange(ordered, "bob", Instant.now())), null))
                .expectException(InvalidAssumptionsException.class)
                .expectNoEvents();
    }
}
