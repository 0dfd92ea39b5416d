package io.jevons.projection.table;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.stream.Collectors;

/** A table as RFC 4180 CSV: a header row, then one row per line, fields quoted where they need it. */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    public static String of(Table table) {
        StringBuilder text = new StringBuilder();
        line(text, table.header());
        table.rows().forEach(row -> line(text, row));
        return text.toString();
    }

    public static ResponseEntity<String> download(Table table, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(MEDIA_TYPE + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.attachment(fileName))
                .body(of(table));
    }

    private static void line(StringBuilder text, List<?> fields) {
        text.append(fields.stream().map(Csv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
