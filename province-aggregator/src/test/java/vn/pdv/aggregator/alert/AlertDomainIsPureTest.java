package vn.pdv.aggregator.alert;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Kafka, Avro, MongoDB, mail and HTTP stay in the adapters beneath {@code alert}. {@code ArchitectureTest}'s house rule
 * keeps every framework out of the domain; this adds what only alerts could reach for: Jakarta Mail.
 */
class AlertDomainIsPureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.pdv.aggregator.alert");

    @Test
    void infrastructureStaysInTheAdapters() {
        noClasses().that().resideInAPackage("vn.pdv.aggregator.alert")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.apache.avro..",
                        "com.mongodb..", "org.bson..", "org.springframework.data..", "org.springframework.kafka..",
                        "org.springframework.mail..", "jakarta.mail..", "org.springframework.web..", "vn.pdv.events..")
                .check(classes);
    }
}
