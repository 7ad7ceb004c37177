package vn.pdv.unit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import vn.pdv.common.architecture.DomainRules;

/**
 * The house's rules, the same in both services ({@link DomainRules}): every class in a domain package (a capability's
 * root and its pure sub-packages such as {@code pipeline.rules}, and the shared {@code decision}) is free of Spring,
 * Kafka, Avro, Mongo and Jakarta web types and does not reach into adapters; application services sit in each
 * capability's {@code application} package; no two packages depend on each other.
 *
 * <p>Cycles are checked package by package, not capability by capability: the outbox's log knows every capability's
 * events (so that mapping them to Avro is checked whole by the compiler) while every capability records through it,
 * and the shared web advice knows the pipeline's one configuration failure.
 */
@AnalyzeClasses(packages = "vn.pdv.unit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DomainRules HOUSE = DomainRules.of("vn.pdv.unit");

    @ArchTest
    static final ArchRule domainIsFreeOfFrameworks = HOUSE.domainIsFreeOfFrameworks();

    @ArchTest
    static final ArchRule domainDoesNotDependOnItsAdapters = HOUSE.domainDoesNotDependOnAdapters();

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = HOUSE.packagesAreFreeOfCycles();
}
