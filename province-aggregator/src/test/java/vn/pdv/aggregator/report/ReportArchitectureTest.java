package vn.pdv.aggregator.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.report.application.Reports;

/**
 * The report model is format-free and Spring-free: only {@code file} knows XLSX and CSV, only {@code web} knows
 * HTTP, and the application services at the root ({@link Reports}, {@link Subunits}) carry nothing but Spring's
 * stereotypes.
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
    void theModelsRecordsAndEnumsUseNoSpring() {
        classes().that().resideInAPackage("vn.pdv.aggregator.report").and().areNotAnnotatedWith(
                        org.springframework.stereotype.Service.class)
                .and().areNotAnnotatedWith(org.springframework.stereotype.Component.class)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.pdv.aggregator.report",
                        "vn.pdv.aggregator.fulfilment", "vn.pdv.aggregator.hierarchy", "vn.pdv.aggregator.plan")
                .check(classes);
    }

    @Test
    void onlyTheFileAdapterWritesSpreadsheets() {
        noClasses().that().resideOutsideOfPackage("vn.pdv.aggregator.report.file")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
                .check(classes);
    }
}
