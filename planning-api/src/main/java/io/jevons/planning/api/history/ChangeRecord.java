package io.jevons.planning.api.history;

import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.merge.AssumptionItem;
import io.jevons.capacity.merge.ChangedItems;
import io.jevons.planning.api.event.AssumptionEvent;
import io.jevons.planning.api.event.AssumptionsChanged;
import io.jevons.planning.api.event.ChangesMerged;
import io.jevons.planning.api.event.MergedChange;

import java.time.Instant;
import java.util.List;

/**
 * One single assumption change of a stream, with who made it, when, why and on what evidence: an event of one change,
 * an item of a saved set (with the set's reason), or a change merged from a proposal (with its own planner's).
 *
 * @param version the version of the stream that made it
 */
public record ChangeRecord(long version, AssumptionEvent change, String user, Instant time, String reason,
                           String evidence, String evidenceLink) {

    /** The single changes an event made, in order; none for an event that changes no assumption. */
    public static List<ChangeRecord> of(RecordedEvent event) {
        if (event.event() instanceof ChangesMerged merged) {
            return merged.changes().stream().map(change -> merged(event, change)).toList();
        } else if (event.event() instanceof AssumptionsChanged set) {
            return set.changes().stream().map(item -> of(event, item, set.reason())).toList();
        } else if (event.event() instanceof AssumptionEvent change) {
            return List.of(of(event, change, change.reason()));
        }
        return List.of();
    }

    public static List<ChangeRecord> of(List<RecordedEvent> events) {
        return events.stream().flatMap(event -> of(event).stream()).toList();
    }

    public AssumptionChange toChange() {
        return change.toChange();
    }

    public AssumptionItem item() {
        return ChangedItems.single(toChange());
    }

    public String summary() {
        return toChange().summary();
    }

    private static ChangeRecord of(RecordedEvent event, AssumptionEvent change, String reason) {
        return new ChangeRecord(event.version(), change, event.user(), event.time(), reason,
                event.text(AuditMetadata.EVIDENCE), event.text(AuditMetadata.EVIDENCE_LINK));
    }

    private static ChangeRecord merged(RecordedEvent event, MergedChange change) {
        return new ChangeRecord(event.version(), change.change(), change.user() == null ? event.user() : change.user(),
                change.time() == null ? event.time() : change.time(), change.reason(), change.evidence(),
                change.evidenceLink());
    }
}
