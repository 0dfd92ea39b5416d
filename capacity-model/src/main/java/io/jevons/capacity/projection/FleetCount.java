package io.jevons.capacity.projection;

import io.jevons.capacity.assumptions.ChipTypeId;

/** Chips of one type: arrived and retired in the period, installed at its end. */
public record FleetCount(ChipTypeId chipType, long delivered, long retired, long installed) {
}
