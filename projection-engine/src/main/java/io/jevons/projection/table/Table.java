package io.jevons.projection.table;

import java.util.ArrayList;
import java.util.List;

/** A flat table: a header, then rows of plain values (numbers, text, empty for none). */
public record Table(List<String> header, List<List<Object>> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public static Table of(List<String> header) {
        return new Table(header, List.of());
    }

    public Table withRow(List<?> row) {
        List<List<Object>> more = new ArrayList<>(rows);
        more.add(new ArrayList<>(row));
        return new Table(header, more);
    }
}
