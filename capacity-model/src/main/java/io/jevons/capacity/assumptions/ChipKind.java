package io.jevons.capacity.assumptions;

/** General-purpose GPU or custom accelerator (TPU, Trainium, …). */
public enum ChipKind {
    GPU, ASIC
}
