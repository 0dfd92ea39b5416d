package io.jevons.planning.scenario;

import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.history.AuditMetadata;
import io.jevons.planning.api.scenario.Evidence;
import org.axonframework.messaging.MetaData;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The evidence of a change as event metadata: its kind, and a link that must be an http(s) URL. */
final class EvidenceLinks {

    static final int MAX_LINK_LENGTH = 2000;

    private EvidenceLinks() {
    }

    static MetaData metaData(Evidence evidence) {
        return evidence == null ? MetaData.emptyInstance() : MetaData.from(values(evidence));
    }

    /** The metadata entries of the evidence (none for null), its link refused unless an http(s) URL. */
    static Map<String, String> values(Evidence evidence) {
        if (evidence == null) {
            return Map.of();
        }
        Map<String, String> values = new HashMap<>();
        if (evidence.kind() != null) {
            values.put(AuditMetadata.EVIDENCE, evidence.kind().name().toLowerCase(Locale.ROOT));
        }
        if (evidence.link() != null && !evidence.link().isBlank()) {
            values.put(AuditMetadata.EVIDENCE_LINK, validatedLink(evidence.link().strip()));
        }
        return values;
    }

    private static String validatedLink(String link) {
        try {
            URI uri = new URI(link);
            if (link.length() <= MAX_LINK_LENGTH && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return link;
            }
        } catch (URISyntaxException malformed) {
            // refused below with the others
        }
        throw InvalidAssumptionsException.of("evidenceLink",
                "an http or https URL of at most " + MAX_LINK_LENGTH + " characters, was '" + link + "'");
    }
}
