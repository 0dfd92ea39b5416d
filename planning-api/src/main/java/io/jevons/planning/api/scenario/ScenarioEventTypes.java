package io.jevons.planning.api.scenario;

import io.jevons.planning.api.actuals.ActualsRecorded;
import io.jevons.planning.api.calibration.AnchorRemoved;
import io.jevons.planning.api.calibration.AnchorSet;
import io.jevons.planning.api.chips.ChipSpecsChanged;
import io.jevons.planning.api.chips.ChipTypeDefined;
import io.jevons.planning.api.demand.DemandBaselineSet;
import io.jevons.planning.api.demand.DemandGrowthSet;
import io.jevons.planning.api.demand.InputTokenWeightSet;
import io.jevons.planning.api.demand.PeakToAverageSet;
import io.jevons.planning.api.economics.EconomicsSet;
import io.jevons.planning.api.economics.ReboundElasticitySet;
import io.jevons.planning.api.efficiency.AnnualEfficiencyGainSet;
import io.jevons.planning.api.efficiency.EfficiencyStepSet;
import io.jevons.planning.api.mix.ModelMixSet;
import io.jevons.planning.api.mix.WorkloadClassDefined;
import io.jevons.planning.api.mix.WorkloadTokensChanged;
import io.jevons.planning.api.notes.CommentAdded;
import io.jevons.planning.api.procurement.ChipsOrdered;
import io.jevons.planning.api.procurement.OrderCancelled;
import io.jevons.planning.api.procurement.OrderDelayed;
import io.jevons.planning.api.procurement.OrderPriceChanged;
import io.jevons.planning.api.procurement.OrderQuantityChanged;
import io.jevons.planning.api.uncertainty.AssumptionRangeCleared;
import io.jevons.planning.api.uncertainty.AssumptionRangeSet;
import io.jevons.planning.api.versions.ScenarioLocked;
import io.jevons.planning.api.versions.ScenarioUnlocked;
import io.jevons.planning.api.versions.VersionTagged;

import java.util.Optional;
import java.util.Set;

/**
 * Every event type of a scenario stream. Anything that turns outside data into events (an imported history
 * file) accepts these and nothing else, so a file can never make the serializer build an arbitrary class.
 */
public final class ScenarioEventTypes {

    public static final Set<Class<? extends ScenarioEvent>> ALL = Set.of(
            ScenarioCreated.class, ScenarioForked.class, ScenarioRenamed.class, ScenarioArchived.class,
            DemandBaselineSet.class, DemandGrowthSet.class, PeakToAverageSet.class, InputTokenWeightSet.class,
            WorkloadClassDefined.class, WorkloadTokensChanged.class, ModelMixSet.class,
            EfficiencyStepSet.class, AnnualEfficiencyGainSet.class,
            ChipTypeDefined.class, ChipSpecsChanged.class,
            ChipsOrdered.class, OrderQuantityChanged.class, OrderPriceChanged.class, OrderDelayed.class,
            OrderCancelled.class,
            EconomicsSet.class, ReboundElasticitySet.class,
            AssumptionRangeSet.class, AssumptionRangeCleared.class, AssumptionsChanged.class,
            VersionTagged.class, ScenarioLocked.class, ScenarioUnlocked.class, CommentAdded.class,
            ActualsRecorded.class, AnchorSet.class, AnchorRemoved.class);

    private ScenarioEventTypes() {
    }

    /** The event class of that (fully qualified) name, if it is one of a scenario stream's. */
    public static Optional<Class<? extends ScenarioEvent>> named(String name) {
        return ALL.stream().filter(type -> type.getName().equals(name)).findFirst();
    }
}
