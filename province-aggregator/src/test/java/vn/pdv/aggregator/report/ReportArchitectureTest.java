package vn.pdv.aggregator.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The report model is format-free and Spring-free: only {@code file} knows XLSX and CSV, only {@code web} knows
 * HTTP, and the model reads nothing but progress, the tree and the quota vocabulary. Compiling a report from the
 * stores is {@code application}'s.
 */
class ReportArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.pdv.aggregator.report");

    @Test
    void theModelKnowsNoFileFormatNorHttp() {
        noClasses().that().resideInAPackage("vn.pdv.aggregator.report")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.springframework.web..",
                        "org.springframework.http..", "vn.pdv.aggregator.report.file..",
                        "vn.pdv.aggregator.report.web..")
                .check(classes);
    }

    @Test
    void theModelUsesNoSpringAndReadsOnlyProgressTheTreeAndQuotas() {
        classes().that().resideInAPackage("vn.pdv.aggregator.report")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.pdv.aggregator.report",
                        "vn.pdv.aggregator.fulfilment", "vn.pdv.aggregator.hierarchy", "vn.pdv.aggregator.quota")
                .check(classes);
    }

    @Test
    void onlyTheFileAdapterWritesSpreadsheets() {
        noClasses().that().resideOutsideOfPackage("vn.pdv.aggregator.report.file")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
                .check(classes);
    }
}
