package vn.pdv.aggregator.alert;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Kafka, Avro, MongoDB, mail and HTTP stay in the adapters beneath {@code alert}; the alert's records, enums and
 * ports carry no Spring either (its services may be Spring beans). {@code ArchitectureTest}'s rule, for this package.
 */
class AlertDomainIsPureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.pdv.aggregator.alert");

    private static final DescribedPredicate<JavaClass> MODEL = DescribedPredicate.describe(
            "alert records, enums and ports (settings excepted: they are wiring)",
            javaClass -> javaClass.getPackageName().equals("vn.pdv.aggregator.alert")
                    && (javaClass.isRecord() || javaClass.isEnum() || javaClass.isInterface())
                    && !javaClass.isAnnotatedWith("org.springframework.boot.context.properties.ConfigurationProperties"));

    @Test
    void infrastructureStaysInTheAdapters() {
        noClasses().that().resideInAPackage("vn.pdv.aggregator.alert")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.apache.avro..",
                        "com.mongodb..", "org.bson..", "org.springframework.data..", "org.springframework.kafka..",
                        "org.springframework.mail..", "jakarta.mail..", "org.springframework.web..", "vn.pdv.events..")
                .check(classes);
    }

    @Test
    void theModelHasNoSpring() {
        noClasses().that(MODEL).should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(classes);
    }
}
