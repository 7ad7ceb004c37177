package vn.pdv.aggregator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Spring, Kafka, Avro and Mongo stay out of the domain. The domain is each capability's root package;
 * adapters nest under it ({@code kafka}, {@code mongo}, {@code web}). Application services at the root
 * may carry Spring's stereotype annotations; the domain's records, enums and ports may not.
 */
@AnalyzeClasses(packages = "vn.pdv.aggregator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> IN_A_DOMAIN_PACKAGE = DescribedPredicate.describe(
            "in a capability's root package",
            javaClass -> javaClass.getPackageName().matches("vn\\.pdv\\.aggregator\\.(hierarchy|fulfilment|quota|intake|plan|status)"));

    private static final DescribedPredicate<JavaClass> DOMAIN_MODEL = DescribedPredicate.describe(
            "domain records, enums and ports (settings records excepted: they are wiring)",
            javaClass -> IN_A_DOMAIN_PACKAGE.test(javaClass)
                    && (javaClass.isRecord() || javaClass.isEnum() || javaClass.isInterface())
                    && !javaClass.isAnnotatedWith("org.springframework.boot.context.properties.ConfigurationProperties"));

    @ArchTest
    static final ArchRule noInfrastructureInTheDomain = noClasses().that(IN_A_DOMAIN_PACKAGE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.apache.kafka..", "org.apache.avro..", "com.mongodb..", "org.bson..",
                    "org.springframework.data..", "org.springframework.kafka..", "vn.pdv.events..");

    @ArchTest
    static final ArchRule noSpringInTheDomainModel = noClasses().that(DOMAIN_MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..");
}
