package io.jevons.projection.attribution;

import io.jevons.capacity.attribution.LabelledChange;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.ChangeSet;
import io.jevons.planning.api.event.AssumptionEvent;
import io.jevons.planning.api.history.ChangeRecord;
import io.jevons.planning.api.history.RecordedEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The steps of a waterfall: the events between two versions one by one, or grouped as {@link AttributionGrouping} says. */
final class AttributionSteps {

    /** One bar: what it applies, and what the response says of it. */
    record Step(LabelledChange change, long version, String eventType, String user, Instant time, String reason,
                String summary) {
    }

    private AttributionSteps() {
    }

    static List<Step> of(AttributionGrouping grouping, List<RecordedEvent> events) {
        return switch (grouping) {
            case EVENT -> events.stream().map(AttributionSteps::event).toList();
            case FAMILY -> grouped(events, change -> change.item().family().name(), false);
            case USER -> grouped(events, change -> String.valueOf(change.user()), true);
        };
    }

    private static Step event(RecordedEvent event) {
        AssumptionChange change = ((AssumptionEvent) event.event()).toChange();
        return new Step(new LabelledChange("v" + event.version() + " " + event.type() + " by " + event.user() + ": "
                + event.event().reason(), change), event.version(), event.type(), event.user(), event.time(),
                event.event().reason(), event.summary());
    }

    private static List<Step> grouped(List<RecordedEvent> events, Function<ChangeRecord, String> key, boolean byUser) {
        Map<String, List<ChangeRecord>> groups = new LinkedHashMap<>();
        for (RecordedEvent event : events) {
            ChangeRecord.of(event).forEach(change -> groups.computeIfAbsent(key.apply(change), k -> new ArrayList<>())
                    .add(change));
        }
        List<Step> steps = new ArrayList<>(groups.size());
        groups.forEach((name, changes) -> {
            ChangeRecord first = changes.get(0);
            ChangeRecord last = changes.get(changes.size() - 1);
            String what = (byUser ? "Changes by " + name : familyWords(name)) + ": " + count(changes.size())
                    + (changes.size() == 1 ? " change" : " changes") + ", versions " + count(first.version()) + "–"
                    + count(last.version());
            steps.add(new Step(new LabelledChange(what, new ChangeSet(changes.stream().map(ChangeRecord::toChange)
                    .toList())), last.version(), null, byUser ? name : null, last.time(), null, what));
        });
        return steps;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String familyWords(String family) {
        String words = family.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
