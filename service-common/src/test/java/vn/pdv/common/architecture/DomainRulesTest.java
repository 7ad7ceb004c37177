package vn.pdv.common.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The shared rules pass a tidy service and name what an untidy one breaks. */
class DomainRulesTest {

    private static final String TIDY = "vn.pdv.common.architecture.tidy";
    private static final String UNTIDY = "vn.pdv.common.architecture.untidy";

    private final JavaClasses tidy = new ClassFileImporter().importPackages(TIDY);
    private final JavaClasses untidy = new ClassFileImporter().importPackages(UNTIDY);

    @Test
    void aTidyServiceKeepsEveryRule() {
        DomainRules rules = DomainRules.of(TIDY).withAdapters("mail");

        assertThat(rules.domainIsFreeOfFrameworks().evaluate(tidy).hasViolation()).isFalse();
        assertThat(rules.domainDoesNotDependOnAdapters().evaluate(tidy).hasViolation()).isFalse();
        assertThat(rules.packagesAreFreeOfCycles().evaluate(tidy).hasViolation()).isFalse();
    }

    @Test
    void anAdapterPackageTheServiceDoesNotDeclareCountsAsDomain() {
        EvaluationResult result = DomainRules.of(TIDY).domainIsFreeOfFrameworks().evaluate(tidy);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("ThingMail"));
    }

    @Test
    void springInTheDomainIsNamed() {
        EvaluationResult result = DomainRules.of(UNTIDY).domainIsFreeOfFrameworks().evaluate(untidy);

        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("untidy.thing.Thing") && line.contains("org.springframework.stereotype.Service"));
    }

    @Test
    void theDomainReachingIntoItsAdapterIsNamed() {
        EvaluationResult result = DomainRules.of(UNTIDY).domainDoesNotDependOnAdapters().evaluate(untidy);

        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("ThingView"));
    }

    @Test
    void aCycleBetweenTwoPackagesIsNamed() {
        EvaluationResult result = DomainRules.of(UNTIDY).packagesAreFreeOfCycles().evaluate(untidy);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("untidy.cycle.one", "untidy.cycle.two");
    }
}
