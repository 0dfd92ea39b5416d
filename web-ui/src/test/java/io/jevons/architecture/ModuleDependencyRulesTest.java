package io.jevons.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.jevons.projection.runtime.Generation;
import io.jevons.projection.runtime.Generations;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * Data flows one way: browser -> command endpoint -> aggregate -> event store -> projection engine ->
 * read models -> query endpoint -> browser. The module arrows of DESIGN.md, checked on the bytecode.
 */
@AnalyzeClasses(packages = "io.jevons", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleDependencyRulesTest {

    @ArchTest
    static final ArchRule modules_depend_in_the_direction_of_the_data_flow = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("web-ui").definedBy("io.jevons.web..", "io.jevons")
            .layer("projection-engine").definedBy("io.jevons.projection..")
            .layer("planning-api").definedBy("io.jevons.planning..")
            .layer("capacity-model").definedBy("io.jevons.capacity..")
            .whereLayer("web-ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("projection-engine").mayOnlyBeAccessedByLayers("web-ui")
            .whereLayer("planning-api").mayOnlyBeAccessedByLayers("projection-engine", "web-ui")
            .whereLayer("capacity-model").mayOnlyBeAccessedByLayers("planning-api", "projection-engine", "web-ui");

    @ArchTest
    static final ArchRule the_published_language_holds_no_persistence_or_web_types = noClasses()
            .that().resideInAPackage("io.jevons.planning.api..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "jakarta.servlet..")
            .because("commands, events and queries are plain records that outlive any framework choice");

    @ArchTest
    static final ArchRule the_projection_engine_reads_only_what_planning_api_publishes = noClasses()
            .that().resideInAPackage("io.jevons.projection..")
            .should().dependOnClassesThat(resideInAPackage("io.jevons.planning..")
                    .and(not(resideInAnyPackage("io.jevons.planning.api..", "io.jevons.planning.http..",
                            "io.jevons.planning.cluster.."))))
            .because("the read side knows the command side by its published language (events, state, history), "
                    + "the HTTP problem conventions and the node settings both share, never by its internals");

    @ArchTest
    static final ArchRule queries_name_no_generation = noClasses()
            .that().resideInAPackage("io.jevons.projection..")
            .and().resideOutsideOfPackages("io.jevons.projection.runtime..", "io.jevons.projection.readmodel..",
                    "io.jevons.projection.engine..")
            .should().dependOnClassesThat(belongToAnyOf(Generation.class, Generations.class))
            .because("queries read the generation serving reads through the views of schema readmodel; only the "
                    + "runtime, the read-model writers and the engine-change comparison work on a given generation");
}
