package io.jevons.projection.table;

import org.springframework.http.ContentDisposition;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** File names of downloads: what a planner recognizes in a downloads folder, safe on every file system. */
public final class DownloadNames {

    private static final int MAX_NAME_LENGTH = 80;

    private DownloadNames() {
    }

    /** "AI inference 2024–2030 v168 quarters.csv": the scenario's name, the version shown, what the file holds. */
    public static String of(String scenarioName, long version, String contents, String extension) {
        String name = Normalizer.normalize(scenarioName == null ? "scenario" : scenarioName, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]+", " ").replaceAll("\\s+", " ").strip();
        if (name.isEmpty()) {
            name = "scenario";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            name = name.substring(0, MAX_NAME_LENGTH).strip();
        }
        return name + " v" + version + " " + contents + "." + extension;
    }

    /** The Content-Disposition of an attachment with that name, in UTF-8 with an ASCII fallback. */
    public static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}
