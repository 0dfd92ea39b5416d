package io.jevons.capacity.defaults;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.calibration.AnchorCheck;
import io.jevons.capacity.calibration.Calibration;
import io.jevons.capacity.calibration.PublicAnchors;
import io.jevons.capacity.projection.CapacityProjector;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The default scenario agrees with every public anchor (token volume, requests, capex, vendor and inference share). */
class DefaultScenarioCalibrationTest {

    @Test
    void everyPublicAnchorHolds() {
        Assumptions assumptions = DefaultScenario.assumptions();
        List<AnchorCheck> checks = Calibration.check(assumptions, CapacityProjector.project(assumptions),
                PublicAnchors.ALL);

        assertThat(checks).hasSize(PublicAnchors.ALL.size());
        assertThat(checks.stream().filter(check -> !check.holds())
                .map(check -> check.anchor().id() + ": model " + check.modelValue() + " against " + check.anchor().value()))
                .isEmpty();
    }

    @Test
    void everyChipSourceSaysItsServingEfficiencyIsACalibration() {
        assertThat(DefaultScenario.history()).filteredOn(change -> change.reason().startsWith("Catalog: "))
                .isNotEmpty()
                .allSatisfy(change -> assertThat(change.source()).contains("serving efficiency calibrated",
                        "production best case"));
    }
}
