package io.jevons.capacity.uncertainty;

import io.jevons.capacity.time.Quarter;

/**
 * A quarter's spread over the samples.
 *
 * @param costPerMillionTokensUsd over the samples that served tokens in the quarter; null if none did
 */
public record QuarterBands(Quarter quarter, Band demandFlopsPerSecond, Band supplyFlopsPerSecond,
                           Band shortfallFlopsPerSecond, Band costPerMillionTokensUsd) {
}
