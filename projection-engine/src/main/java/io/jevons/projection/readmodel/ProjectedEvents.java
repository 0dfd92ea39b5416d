package io.jevons.projection.readmodel;

/**
 * Hears, once a batch of the read models has committed, how many events it applied, how many were stored already
 * and how many scenarios' read models it wrote (once each, however many of their events the batch held).
 */
@FunctionalInterface
public interface ProjectedEvents {

    void committed(int applied, int storedAlready, int scenariosWritten);
}
