package io.jevons.capacity.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The capacity model is plain Java so that it can be reasoned about, benchmarked and reused anywhere. */
@AnalyzeClasses(packages = "io.jevons.capacity", importOptions = ImportOption.DoNotIncludeTests.class)
class CapacityModelIsPureTest {

    @ArchTest
    static final ArchRule the_capacity_model_knows_no_framework = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.axonframework..", "jakarta..", "javax..",
                    "com.fasterxml..", "tools.jackson..")
            .because("the capacity model is a pure function from assumptions to a projection");

    @ArchTest
    static final ArchRule the_capacity_model_knows_no_other_jevons_module = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.jevons.planning..", "io.jevons.projection..", "io.jevons.web..")
            .because("data flows one way: every module may use the model, the model uses none of them");
}
