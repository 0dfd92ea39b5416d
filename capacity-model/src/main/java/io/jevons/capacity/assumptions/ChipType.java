package io.jevons.capacity.assumptions;

import io.jevons.capacity.unit.Usd;

/**
 * An accelerator of the catalog, with the figures the projection needs.
 *
 * @param peakFlopsPerSecond dense peak at the serving precision (FP8 for most, INT8 where that is what serves)
 * @param hbmGigabytes       high-bandwidth memory per chip
 * @param tdpWatts           power per chip in its server: the chip and its share of host, network and fans (an H100
 *                           draws 700 W, 1,275 W in a DGX H100); cooling and conversion are in the PUE
 * @param unitPrice          list price per chip including its share of the server
 * @param usefulLifeYears    depreciation and retirement period, rounded to whole quarters
 * @param servingEfficiency  share of peak FLOP/s a serving fleet of the chip achieves around the clock, 0 to 1; a
 *                           benchmark of one tuned service at high batch is its best case
 */
public record ChipType(ChipTypeId id, String name, String vendor, ChipKind kind, double peakFlopsPerSecond,
                       double hbmGigabytes, double tdpWatts, Usd unitPrice, double usefulLifeYears,
                       double servingEfficiency) {

    public int usefulLifeQuarters() {
        return (int) Math.round(usefulLifeYears * 4);
    }

    /** FLOP/s one installed chip contributes to serving, before availability and the training reserve. */
    public double servingFlopsPerSecond() {
        return peakFlopsPerSecond * servingEfficiency;
    }
}
