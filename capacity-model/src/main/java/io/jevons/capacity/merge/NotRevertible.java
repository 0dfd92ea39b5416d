package io.jevons.capacity.merge;

/** A change that cannot be undone by another: nothing was there before it, or what was cannot be set again. */
public class NotRevertible extends RuntimeException {

    public NotRevertible(String reason) {
        super(reason);
    }
}
