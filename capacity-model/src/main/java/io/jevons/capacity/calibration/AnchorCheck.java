package io.jevons.capacity.calibration;

/**
 * An anchor held against a projection: the model's value of the same quantity and period, the model over the anchor,
 * and whether it holds. {@code modelValue} and {@code ratio} are null when the model does not have the quantity
 * (no such chip type, a period outside the horizon).
 */
public record AnchorCheck(Anchor anchor, Double modelValue, Double ratio, boolean holds) {
}
