package io.jevons.projection.readmodel;

/** Hears, once a batch of the read models has committed, how many events it applied and how many were stored already. */
@FunctionalInterface
public interface ProjectedEvents {

    void committed(int applied, int storedAlready);
}
