package vn.pdv.aggregator.plan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Plans are domain: beyond the JDK they use only the unit codes and metrics the aggregator already has, and only the
 * importing package touches Apache POI. Narrower than {@code ArchitectureTest}, which keeps infrastructure out.
 */
class PlanDomainIsPureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.pdv.aggregator.plan");

    @Test
    void planDependsOnTheJdkAlone() {
        classes().that().resideInAPackage("vn.pdv.aggregator.plan")
                .should().onlyDependOnClassesThat().resideInAnyPackage("vn.pdv.aggregator.plan", "vn.pdv.aggregator.hierarchy",
                        "vn.pdv.aggregator.quota", "java..")
                .check(classes);
    }

    @Test
    void importingAddsOnlyTheSheetReaders() {
        classes().that().resideInAPackage("vn.pdv.aggregator.plan.importing")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("vn.pdv.aggregator.plan..", "vn.pdv.aggregator.hierarchy",
                        "vn.pdv.aggregator.quota", "java..", "vn.pdv.sheets..")
                .check(classes);
    }
}
