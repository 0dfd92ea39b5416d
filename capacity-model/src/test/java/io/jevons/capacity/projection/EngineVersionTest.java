package io.jevons.capacity.projection;

import io.jevons.capacity.SmallScenario;
import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.change.SetReboundElasticity;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine version names the arithmetic: the numbers of a fixed reference scenario (to nine significant digits, so
 * that a last-bit difference of Math.pow between JVMs does not count) hash to the fingerprint recorded for it. The
 * reference is the small test scenario with a rebound, not the default scenario, whose figures are recalibrated as
 * sources change without the arithmetic changing.
 */
class EngineVersionTest {

    /** The small scenario of the tests, with a rebound so that every part of the arithmetic counts. */
    private static final Assumptions REFERENCE = new SetReboundElasticity(0.5).applyTo(SmallScenario.ASSUMPTIONS);

    /** Each engine version and the fingerprint of the reference scenario's projection under it. */
    private static final Map<String, String> FINGERPRINTS = Map.of(
            "2026.11.1", "5986b3c8a3f7c76c16a1d07e41c800afab9314a9bb295545116a616d068e7f8e");

    @Test
    void theReferenceScenarioProjectsToTheFingerprintOfTheCurrentEngineVersion() throws NoSuchAlgorithmException {
        Projection projection = CapacityProjector.project(REFERENCE);

        assertThat(projection.engineVersion()).isEqualTo(EngineVersion.CURRENT);
        assertThat(fingerprint(projection))
                .as("the numbers changed: bump EngineVersion.CURRENT and record the new fingerprint here")
                .isEqualTo(FINGERPRINTS.get(EngineVersion.CURRENT));
    }

    private static String fingerprint(Projection projection) throws NoSuchAlgorithmException {
        StringBuilder numbers = new StringBuilder();
        for (ProjectedQuarter q : projection.quarters()) {
            append(numbers, q.quarter(), q.demandFlopsPerSecond(), q.supplyFlopsPerSecond(), q.utilization(),
                    q.shortfallFlopsPerSecond(), q.servedTokens(), q.capex().cents(), q.depreciation().cents(),
                    q.energyCost().cents(), q.inferenceCost().cents(), q.powerMegawatts(), q.costPerMillionTokensUsd());
        }
        for (ProjectedYear y : projection.years()) {
            append(numbers, y.year(), y.averageDemandFlopsPerSecond(), y.averageSupplyFlopsPerSecond(),
                    y.peakUtilization(), y.servedTokens(), y.capex().cents(), y.costPerMillionTokensUsd());
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(numbers.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private static void append(StringBuilder numbers, Object... values) {
        for (Object value : values) {
            numbers.append(value instanceof Double d ? String.format(Locale.ROOT, "%.8e", d) : String.valueOf(value))
                    .append(';');
        }
        numbers.append('\n');
    }
}
