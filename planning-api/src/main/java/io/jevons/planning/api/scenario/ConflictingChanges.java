package io.jevons.planning.api.scenario;

import io.jevons.planning.api.history.ChangeRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change refused because other changes set the same assumptions: a revert over later changes, a merge with
 * conflicts nobody resolved. The problem lists them, each as its version, summary, user, time and reason.
 */
public class ConflictingChanges extends ScenarioConflict {

    private final transient List<Map<String, Object>> conflicts;

    public ConflictingChanges(String field, String message, List<Map<String, Object>> conflicts) {
        super(field, message);
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Map<String, Object>> conflicts() {
        return conflicts;
    }

    /** A change as the problem lists it. */
    public static Map<String, Object> describe(ChangeRecord change) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("version", change.version());
        described.put("item", change.item().id());
        described.put("summary", change.summary());
        described.put("user", change.user());
        described.put("time", change.time() == null ? null : change.time().toString());
        described.put("reason", change.reason());
        return described;
    }
}
