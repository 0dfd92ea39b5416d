package io.jevons.planning.web;

import io.jevons.planning.api.scenario.Evidence;
import io.jevons.planning.api.scenario.Evidence.EvidenceKind;

/**
 * The headers every change of a scenario reads: If-Match, the version the planner saw (required), and the
 * optional decision record of an assumption change: {@value #EVIDENCE} (measured, calibrated or modelled) and
 * {@value #EVIDENCE_LINK} (where the figure comes from). Resolved from the request by {@link ChangeHeadersResolver};
 * the correlation id comes from {@link CorrelationIdFilter}.
 */
public record ChangeHeaders(String ifMatch, String evidence, String evidenceLink) {

    public static final String EVIDENCE = "Jevons-Evidence";
    public static final String EVIDENCE_LINK = "Jevons-Evidence-Link";

    public long expectedVersion() {
        return IfMatch.version(ifMatch);
    }

    /** The evidence the headers give, or null if they give none. */
    public Evidence parsedEvidence() {
        boolean noKind = evidence == null || evidence.isBlank();
        if (noKind && (evidenceLink == null || evidenceLink.isBlank())) {
            return null;
        }
        return new Evidence(noKind ? null : EvidenceKind.parse(evidence.strip(), EVIDENCE), evidenceLink);
    }
}
