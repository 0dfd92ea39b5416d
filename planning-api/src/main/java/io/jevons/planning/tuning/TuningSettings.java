package io.jevons.planning.tuning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Switches for the mechanisms that replace a framework default ({@code jevons.tuning}); off, the framework's own
 * is used, to compare or to rule a mechanism out. docs/tuning.md says what each does and what it was measured to
 * save. Two more switches live with their settings: {@code jevons.security.verified-password-ttl=0} verifies every
 * password with bcrypt, and {@code jevons.read-models.batch-pause=0} lets the projector's workers start each batch
 * at once.
 *
 * @param headOfStream   answer reads that can only come back empty without a query, and gather the reads at the
 *                       head of the stream (off: Axon's JDBC storage engine and embedded event store as they are)
 * @param scenarioCache  keep the scenarios in use in memory (off: Axon replays a scenario's events for every command)
 * @param commandTargets find a command's scenario by its record component, looked up once per command class (off:
 *                       Axon's annotation resolver, which searches every command)
 */
@ConfigurationProperties("jevons.tuning")
public record TuningSettings(@DefaultValue("true") boolean headOfStream,
                             @DefaultValue("true") boolean scenarioCache,
                             @DefaultValue("true") boolean commandTargets) {
}
