package io.jevons.planning.tuning;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The scenarios a node keeps decided in memory ({@code jevons.scenario-cache}).
 *
 * @param size scenarios kept; the least recently used goes first
 */
@ConfigurationProperties("jevons.scenario-cache")
@Validated
public record ScenarioCacheSettings(@DefaultValue("1000") @Min(1) int size) {
}
