package io.jevons.planning.web;

import io.jevons.capacity.plan.Glossary;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
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
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.LinkedHashMap;
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

    private static final String CHANGE_RULE = "Send the scenario version you changed as If-Match: if the scenario has "
            + "changed since, nothing is stored and the answer (409) lists the changes you missed.";

    /** Every tag an operation carries, in the order the document lists them. */
    private static final Map<String, String> TAGS = tags(
            "Scenarios", "Create, rename, archive, fork and list scenarios",
            "Plan", "The plan grid: every assumption by quarter, edited in one save",
            "Demand", "Requests a day, their growth, the daily peak and the weight of input tokens",
            "Model mix", "Workload classes (chat, reasoning, agents), their tokens per request and their shares",
            "Efficiency", "Gains in FLOPs per token: one-off steps and annual rates",
            "Chips", "The chip catalogue: peak FLOP/s, memory, power, price, useful life, serving efficiency",
            "Procurement", "Orders of chips: quantity, delivery quarter and price",
            "Economics", "Power price, PUE, availability, training reserve and the Jevons rebound",
            "Uncertainty", "Ranges on assumptions, Monte Carlo runs and the tornado",
            "Versions", "Named versions, the lock on a signed-off plan, and restoring a tag",
            "Comments", "Comments on a scenario or one of its versions",
            "Proposals", "A fork's changes offered to the scenario it was forked from: impact, conflicts, review, merge",
            "Actuals", "What was delivered, served and spent, against what was planned",
            "Calibration", "The plan held against public figures and the planner's own anchors",
            "Projection", "Capacity and cost per quarter and year, now or as of any version or time",
            "Compare", "Differences of assumptions and figures between versions or scenarios",
            "Attribution", "Which changes moved a figure, and by how much",
            "History", "Who changed what, when and why: a scenario's events and the audit log, and the revert of one change",
            "Live", "Server-sent events: a scenario's changes as they happen",
            "Glossary", "The name, unit and meaning of every assumption and figure",
            "Admin", "Replaying the read models from the events");

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ChangeHeaders.class);
    }

    private static Map<String, String> tags(String... namesAndDescriptions) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < namesAndDescriptions.length; i += 2) {
            tags.put(namesAndDescriptions[i], namesAndDescriptions[i + 1]);
        }
        return tags;
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
                        .license(new License().name("Apache License 2.0").identifier("Apache-2.0"))
                        .contact(new Contact().name("Jevons maintainers")))
                .servers(List.of(new Server().url("/").description("The Jevons node that serves this document")))
                .tags(TAGS.entrySet().stream()
                        .map(tag -> new Tag().name(tag.getKey()).description(tag.getValue())).toList())
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
            if (operation.getDescription() == null) {
                operation.setDescription(operation.getSummary() + ".\n\n" + whoMay(handler)
                        + (changesScenario ? " " + CHANGE_RULE : ""));
            }
            return operation;
        };
    }

    /** Who may call an operation, by the rules of {@code SecurityConfiguration}. */
    private static String whoMay(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
        String path = (type == null || type.path().length == 0 ? "" : type.path()[0])
                + (mapping == null || mapping.path().length == 0 ? "" : mapping.path()[0]);
        boolean reads = mapping != null && Arrays.asList(mapping.method()).contains(RequestMethod.GET);
        if (path.startsWith("/api/admin") || path.endsWith("/unlock")) {
            return "Admins only.";
        }
        return reads ? "Every signed-in user may read it: viewers, planners and admins."
                : "Planners and admins may do it; viewers may not.";
    }

    private static void problem(Operation operation, String status, String description) {
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }
}
