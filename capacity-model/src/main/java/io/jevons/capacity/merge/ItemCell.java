package io.jevons.capacity.merge;

import io.jevons.capacity.plan.Glossary;
import io.jevons.capacity.plan.PlanGrid;
import io.jevons.capacity.plan.Term;

import java.util.List;
import java.util.Optional;

/**
 * The plan-grid cell that holds an item's figure, where one cell does: how a merger types the figure that settles a
 * conflict. A model mix, an order or a chip type spans several cells and has none.
 *
 * @param quarter null for a row with one value for the whole plan
 */
public record ItemCell(String row, String quarter, Term term) {

    public static Optional<ItemCell> of(AssumptionItem item) {
        List<String> path = item.path();
        String head = path.get(0);
        if (head.equals("demand") && path.size() == 2) {
            return switch (path.get(1)) {
                case "baseline" -> whole(Glossary.BASELINE);
                case "peak-to-average" -> whole(Glossary.PEAK);
                case "input-token-weight" -> whole(Glossary.INPUT_WEIGHT);
                default -> Optional.empty();
            };
        } else if (head.equals("demand") && path.get(1).equals("growth")) {
            return Optional.of(new ItemCell(Glossary.GROWTH.id(), path.get(2), Glossary.GROWTH));
        } else if (head.equals("rebound")) {
            return whole(Glossary.REBOUND);
        } else if (head.equals("efficiency-gain")) {
            return Optional.of(new ItemCell(PlanGrid.rowId(Glossary.EFFICIENCY_GAIN, path.get(1)), path.get(2),
                    Glossary.EFFICIENCY_GAIN));
        } else if (head.equals("efficiency-step")) {
            return Optional.of(new ItemCell(PlanGrid.rowId(Glossary.EFFICIENCY_STEP, path.get(1)), path.get(2),
                    Glossary.EFFICIENCY_STEP));
        }
        return Optional.empty();
    }

    private static Optional<ItemCell> whole(Term term) {
        return Optional.of(new ItemCell(term.id(), null, term));
    }
}
