package io.jevons.planning.api.scenario;

/**
 * Where the figure of a change comes from, for the decision record: its kind and a link to the source.
 *
 * @param link a URL of the source; may be null
 */
public record Evidence(EvidenceKind kind, String link) {

    /** How a figure was arrived at. */
    public enum EvidenceKind {
        /** Observed: a benchmark, a meter, an invoice. */
        MEASURED,
        /** Fitted so the model reproduces something observed. */
        CALIBRATED,
        /** Reasoned or estimated, not observed. */
        MODELLED
    }
}
