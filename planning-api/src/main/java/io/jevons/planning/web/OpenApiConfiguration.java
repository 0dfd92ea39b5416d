package io.jevons.planning.web;

import io.jevons.capacity.plan.Glossary;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The OpenAPI 3 document at {@code /v3/api-docs}: both login schemes, the version headers of every change,
 * and the problem-details answers every operation can give.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM = "Problem";
    private static final Map<String, String> PROBLEM_ANSWERS = Map.of(
            "400", "Malformed request: the body, a path segment or a header cannot be read",
            "401", "Not logged in",
            "403", "Your role does not allow this",
            "404", "No such scenario",
            "422", "The capacity model refuses the value: field and reason say why");
    private static final Map<String, String> CHANGE_ANSWERS = Map.of(
            "409", "The scenario changed since the version in If-Match (the changes you missed are listed), or is archived "
                    + "or locked",
            "428", "If-Match is missing");

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ChangeHeaders.class);
    }

    /** The words of every assumption and metric, as the pages use them: rows of the plan grid are named by their ids. */
    private static String glossary() {
        StringBuilder text = new StringBuilder("## Glossary\n\n| id | name | unit | meaning |\n|---|---|---|---|\n");
        Stream.concat(Glossary.ASSUMPTIONS.stream(), Glossary.METRICS.stream()).forEach(term -> text.append("| `")
                .append(term.id()).append("` | ").append(term.name()).append(" | ").append(term.unit()).append(" | ")
                .append(term.explanation()).append(" |\n"));
        return text.toString();
    }

    @Bean
    OpenAPI jevonsOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Jevons API").version("1")
                        .description("Event-sourced capacity and cost planning for AI inference compute. Every change "
                                + "is an event with its user, time and reason; reads come from read models.\n\n"
                                + glossary())
                        .license(new License().name("Apache License 2.0").identifier("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT"))
                        .addSchemas(PROBLEM, new ObjectSchema()
                                .description("RFC 9457 problem details")
                                .addProperty("type", new StringSchema().format("uri"))
                                .addProperty("title", new StringSchema())
                                .addProperty("status", new Schema<Integer>().type("integer"))
                                .addProperty("detail", new StringSchema())
                                .addProperty("field", new StringSchema())
                                .addProperty("reason", new StringSchema())))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OperationCustomizer versionHeadersAndProblems() {
        return (operation, handler) -> {
            boolean changesScenario = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.getParameterType() == ChangeHeaders.class);
            if (changesScenario) {
                operation.addParametersItem(new HeaderParameter().name(IfMatch.HEADER).required(true)
                        .description("The scenario version you changed, as its ETag: \"7\"").schema(new StringSchema()));
                operation.addParametersItem(new HeaderParameter().name(Headers.CORRELATION_ID).required(false)
                        .description("Ties the events of one client operation together").schema(new StringSchema()));
                operation.addParametersItem(new HeaderParameter().name(ChangeHeaders.EVIDENCE).required(false)
                        .description("How the figure was arrived at: measured, calibrated or modelled")
                        .schema(new StringSchema()._enum(List.of("measured", "calibrated", "modelled"))));
                operation.addParametersItem(new HeaderParameter().name(ChangeHeaders.EVIDENCE_LINK).required(false)
                        .description("An http(s) link to the figure's source").schema(new StringSchema()));
                CHANGE_ANSWERS.forEach((status, text) -> problem(operation, status, text));
            }
            PROBLEM_ANSWERS.forEach((status, text) -> problem(operation, status, text));
            return operation;
        };
    }

    private static void problem(Operation operation, String status, String description) {
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }
}
