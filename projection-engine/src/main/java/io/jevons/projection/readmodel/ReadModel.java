package io.jevons.projection.readmodel;

import java.util.List;

/**
 * One read model of a generation, brought up to date with the scenarios a batch changed. The projector has already
 * left out the events at or below a scenario's stored version, so every write here moves a scenario forward; the
 * writes are idempotent all the same, for a batch that is tried again.
 */
interface ReadModel {

    void write(List<ChangedScenario> changed);
}
