package io.jevons.planning.transfer;

import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.http.ProblemTypes;
import io.jevons.planning.http.Problems;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads a {@link ScenarioHistoryFile} as it streams in: first its header (format, version, the scenario it was
 * exported from), then its events one at a time, so that a history of any length costs the memory of one event.
 * The header comes before the events, as every export writes it. More than {@code maxEvents} events are refused
 * when the first one too many is reached.
 */
final class ScenarioHistoryReader implements Iterator<ScenarioHistoryFile.Event> {

    private static final String EVENTS = "events";

    private final ObjectReader sources;
    private final ObjectReader events;
    private final JsonParser parser;
    private final int maxEvents;
    private String format;
    private int formatVersion;
    private ScenarioHistoryFile.Source scenario;
    private int read;
    private ScenarioHistoryFile.Event next;
    private boolean ended;

    ScenarioHistoryReader(JsonMapper json, InputStream body, int maxEvents) {
        // each value is read where the parser stands, with the rest of the file still to come
        this.sources = json.readerFor(ScenarioHistoryFile.Source.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.events = json.readerFor(ScenarioHistoryFile.Event.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.parser = json.createParser(body);
        this.maxEvents = maxEvents;
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw malformed("body", "a history file is a JSON object");
        }
        readHeader();
        requireFormat();
    }

    ScenarioHistoryFile.Source scenario() {
        return scenario;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !ended) {
            next = readEvent();
        }
        return next != null;
    }

    @Override
    public ScenarioHistoryFile.Event next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ScenarioHistoryFile.Event event = next;
        next = null;
        return event;
    }

    private void readHeader() {
        for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "format" -> format = scalar(field, JsonToken.VALUE_STRING, "a text").getString();
                case "formatVersion" -> formatVersion = scalar(field, JsonToken.VALUE_NUMBER_INT, "a whole number")
                        .getValueAsInt();
                case "exportedAt", "exportedBy" -> parser.skipChildren();
                case "scenario" -> scenario = sources.readValue(parser);
                case EVENTS -> {
                    if (parser.currentToken() != JsonToken.START_ARRAY) {
                        throw malformed(EVENTS, "the events are a JSON array");
                    }
                    return;
                }
                default -> throw malformed(field, "not a field of a history file");
            }
        }
        ended = true; // no events at all
    }

    private JsonParser scalar(String field, JsonToken expected, String what) {
        if (parser.currentToken() != expected) {
            throw malformed(field, "is " + what);
        }
        return parser;
    }

    private void requireFormat() {
        if (!ScenarioHistoryFile.FORMAT.equals(format)) {
            throw InvalidAssumptionsException.of("format", "a Jevons history file has format \""
                    + ScenarioHistoryFile.FORMAT + "\", not \"" + format + "\" (format, formatVersion and scenario "
                    + "come before the events)");
        }
        if (formatVersion != ScenarioHistoryFile.FORMAT_VERSION) {
            throw InvalidAssumptionsException.of("formatVersion", "this installation reads format version "
                    + ScenarioHistoryFile.FORMAT_VERSION + ", not " + formatVersion);
        }
        if (scenario == null || scenario.id() == null) {
            throw InvalidAssumptionsException.of("scenario.id", "the exported scenario's id is missing");
        }
    }

    private ScenarioHistoryFile.Event readEvent() {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            if (parser.nextToken() != JsonToken.END_OBJECT) {
                throw malformed(parser.currentName(), "the events are the last field of a history file");
            }
            if (parser.nextToken() != null) {
                throw malformed("body", "nothing may follow the history file's object");
            }
            ended = true;
            return null;
        }
        if (++read > maxEvents) {
            throw InvalidAssumptionsException.of(EVENTS, "a history file here holds at most "
                    + String.format(java.util.Locale.ROOT, "%,d", maxEvents) + " events (jevons.limits.import-events)");
        }
        ScenarioHistoryFile.Event event = events.readValue(parser);
        if (event == null || event.payload() == null || event.type() == null) {
            throw InvalidAssumptionsException.of("events[" + (read - 1) + "]", "an event needs a type and a payload");
        }
        return event;
    }

    private static RuntimeException malformed(String field, String reason) {
        return Problems.exception(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request body",
                field, reason);
    }
}
