package io.jevons.planning.api.scenario;

import io.jevons.capacity.validation.InvalidAssumptionsException;

import java.util.Locale;

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
        MODELLED;

        /** The kind of that name (any case), or refused as {@code field}. */
        public static EvidenceKind parse(String text, String field) {
            for (EvidenceKind kind : values()) {
                if (kind.name().equalsIgnoreCase(text)) {
                    return kind;
                }
            }
            throw InvalidAssumptionsException.of(field, "one of measured, calibrated, modelled, was '"
                    + text.toLowerCase(Locale.ROOT) + "'");
        }
    }
}
