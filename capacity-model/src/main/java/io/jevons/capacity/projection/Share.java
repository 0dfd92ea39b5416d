package io.jevons.capacity.projection;

/** A part of installed serving FLOP/s, e.g. a vendor's or the ASICs'. */
public record Share(String name, double share) {
}
