package io.jevons.planning.api.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.ChangeSet;
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
import io.jevons.planning.api.procurement.ChipsOrdered;
import io.jevons.planning.api.procurement.OrderCancelled;
import io.jevons.planning.api.procurement.OrderDelayed;
import io.jevons.planning.api.procurement.OrderPriceChanged;
import io.jevons.planning.api.procurement.OrderQuantityChanged;
import io.jevons.planning.api.uncertainty.AssumptionRangeCleared;
import io.jevons.planning.api.uncertainty.AssumptionRangeSet;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * Several assumption changes saved together (the cells of one save of the plan grid): one event, so one version,
 * and all of them or none. Each item is stored as the event it would be alone, named by its simple type name from
 * the assumption events only, so a stored or imported item can never name another class. Items carry no reason
 * of their own: the set's reason is theirs.
 */
@Revision("1")
public record AssumptionsChanged(
        ScenarioId scenarioId,
        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
        @JsonSubTypes({
                @JsonSubTypes.Type(DemandBaselineSet.class), @JsonSubTypes.Type(DemandGrowthSet.class),
                @JsonSubTypes.Type(PeakToAverageSet.class), @JsonSubTypes.Type(InputTokenWeightSet.class),
                @JsonSubTypes.Type(WorkloadClassDefined.class), @JsonSubTypes.Type(WorkloadTokensChanged.class),
                @JsonSubTypes.Type(ModelMixSet.class), @JsonSubTypes.Type(EfficiencyStepSet.class),
                @JsonSubTypes.Type(AnnualEfficiencyGainSet.class), @JsonSubTypes.Type(ChipTypeDefined.class),
                @JsonSubTypes.Type(ChipSpecsChanged.class), @JsonSubTypes.Type(ChipsOrdered.class),
                @JsonSubTypes.Type(OrderQuantityChanged.class), @JsonSubTypes.Type(OrderPriceChanged.class),
                @JsonSubTypes.Type(OrderDelayed.class), @JsonSubTypes.Type(OrderCancelled.class),
                @JsonSubTypes.Type(EconomicsSet.class), @JsonSubTypes.Type(ReboundElasticitySet.class),
                @JsonSubTypes.Type(AssumptionRangeSet.class), @JsonSubTypes.Type(AssumptionRangeCleared.class)})
        List<AssumptionEvent> changes,
        String reason) implements AssumptionEvent {

    public AssumptionsChanged {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    @Override
    public AssumptionChange toChange() {
        return new ChangeSet(changes.stream().map(AssumptionEvent::toChange).toList());
    }
}
