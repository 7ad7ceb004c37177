package vn.pdv.aggregator;

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
}
