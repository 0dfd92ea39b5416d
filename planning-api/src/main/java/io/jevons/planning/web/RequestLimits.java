package io.jevons.planning.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How much work one request may ask for: the size of a body and of an imported history. A request over a limit is
 * refused (413 or 422, naming the limit) before it costs more than reading that far.
 *
 * @param requestBody  the body of any API request but an import
 * @param importBody   the body of a history file imported as a scenario
 * @param importEvents the events of one imported history
 */
@ConfigurationProperties("jevons.limits")
@Validated
public record RequestLimits(@DefaultValue("1MB") @NotNull DataSize requestBody,
                            @DefaultValue("64MB") @NotNull DataSize importBody,
                            @DefaultValue("100000") @Min(1) @Max(10_000_000) int importEvents) {

    /** The path of the one endpoint that takes large bodies. */
    public static final String IMPORT_PATH = "/api/scenarios/import";

    public long maxBytes(String path) {
        return (IMPORT_PATH.equals(path) ? importBody : requestBody).toBytes();
    }
}
