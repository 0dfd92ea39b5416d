package io.jevons.capacity.projection;

import io.jevons.capacity.defaults.DefaultScenario;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine version names the arithmetic: the default scenario's numbers (to nine significant digits, so that a
 * last-bit difference of Math.pow between JVMs does not count) hash to the fingerprint recorded for it.
 */
class EngineVersionTest {

    /** Each engine version and the fingerprint of the default scenario's projection under it. */
    private static final Map<String, String> FINGERPRINTS = Map.of(
            "2026.11.1", "66dfbb6b37abc570d719b271fad1761ed7ca621d6f1dbe9fa3f50f772930032a");

    @Test
    void theDefaultScenarioProjectsToTheFingerprintOfTheCurrentEngineVersion() throws NoSuchAlgorithmException {
        Projection projection = CapacityProjector.project(DefaultScenario.assumptions());

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
