package vn.pdv.aggregator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import vn.pdv.common.architecture.DomainRules;

/**
 * The house rule, the same as the unit service's: every class in a domain package (each capability's root and its
 * pure sub-packages) is free of Spring, Kafka, Avro, Mongo and Jakarta web types and does not reach into its adapters;
 * no two packages depend on each other. Besides the shared adapter names, the aggregator's alerts go out by
 * {@code mail} and {@code webhook}, and its reports are written as {@code file}s.
 *
 * <p>Then what some capabilities promise beyond it: alerts' domain knows no mail or HTTP either; plans read beyond the
 * JDK only the tree and the quota vocabulary, and only their table reader the sheet readers; the report model knows
 * no file format, no HTTP and nothing but progress, the findings' rule names, the tree and quotas, and only its file
 * adapter writes spreadsheets.
 */
@AnalyzeClasses(packages = "vn.pdv.aggregator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DomainRules HOUSE = DomainRules.of("vn.pdv.aggregator").withAdapters("mail", "webhook", "file");

    @ArchTest
    static final ArchRule domainIsFreeOfFrameworks = HOUSE.domainIsFreeOfFrameworks();

    @ArchTest
    static final ArchRule domainDoesNotDependOnItsAdapters = HOUSE.domainDoesNotDependOnAdapters();

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = HOUSE.packagesAreFreeOfCycles();

    @ArchTest
    static final ArchRule alertsKnowNoMailNorHttp = noClasses().that().resideInAPackage("vn.pdv.aggregator.alert")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.apache.avro..",
                    "com.mongodb..", "org.bson..", "org.springframework.data..", "org.springframework.kafka..",
                    "org.springframework.mail..", "jakarta.mail..", "org.springframework.web..", "vn.pdv.events..");

    @ArchTest
    static final ArchRule planDependsOnTheJdkAlone = classes().that().resideInAPackage("vn.pdv.aggregator.plan")
            .should().onlyDependOnClassesThat().resideInAnyPackage("vn.pdv.aggregator.plan",
                    "vn.pdv.aggregator.hierarchy", "vn.pdv.aggregator.quota", "java..");

    @ArchTest
    static final ArchRule planImportingAddsOnlyTheSheetReaders = classes()
            .that().resideInAPackage("vn.pdv.aggregator.plan.importing")
            .should().onlyDependOnClassesThat().resideInAnyPackage("vn.pdv.aggregator.plan..",
                    "vn.pdv.aggregator.hierarchy", "vn.pdv.aggregator.quota", "java..", "vn.pdv.sheets..");

    @ArchTest
    static final ArchRule theReportModelKnowsNoFileFormatNorHttp = noClasses()
            .that().resideInAPackage("vn.pdv.aggregator.report")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.springframework.web..",
                    "org.springframework.http..", "vn.pdv.aggregator.report.file..", "vn.pdv.aggregator.report.web..");

    @ArchTest
    static final ArchRule theReportModelReadsOnlyProgressFindingsTheTreeAndQuotas = classes()
            .that().resideInAPackage("vn.pdv.aggregator.report")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.pdv.aggregator.report",
                    "vn.pdv.aggregator.fulfilment", "vn.pdv.aggregator.finding", "vn.pdv.aggregator.hierarchy",
                    "vn.pdv.aggregator.quota");

    @ArchTest
    static final ArchRule onlyTheReportFileAdapterWritesSpreadsheets = noClasses()
            .that().resideInAPackage("vn.pdv.aggregator.report..")
            .and().resideOutsideOfPackage("vn.pdv.aggregator.report.file")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..");
}
