package vn.pdv.aggregator.plan.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.DatabaseOfItsOwn;
import vn.pdv.aggregator.plan.EnteredTarget;
import vn.pdv.aggregator.plan.ImportedPlan;
import vn.pdv.aggregator.plan.PlanTarget;
import vn.pdv.aggregator.plan.PlanWarning;
import vn.pdv.aggregator.plan.RatioTarget;
import vn.pdv.aggregator.quota.Attribute;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;

/**
 * Plans and entered targets are read from memory on every progress, status and report read: a plan imported or a
 * target entered on one instance is answered by both at once, each from its own memory, and importing the same plan
 * again replaces it on both.
 */
class MirroredPlansTest {

    private static final UnitCode UNIT = new UnitCode("MP-" + UUID.randomUUID().toString().substring(0, 6));
    private static final Period YEAR = Period.year(2026);

    @RegisterExtension
    final DatabaseOfItsOwn database = new DatabaseOfItsOwn("mirrored-plans");

    @Test
    void aPlanImportedOnOneInstanceIsAnsweredByBothAndReplacedOnBoth() {
        MongoPlans importing = new MongoPlans(database.mongo());
        MongoPlans other = new MongoPlans(database.mongo());
        assertThat(other.issuedBy(UNIT)).isEmpty();

        importing.record(plan(40, 1));
        assertThat(other.issuedBy(UNIT)).singleElement().satisfies(plan -> {
            assertThat(plan.targets()).singleElement().satisfies(target ->
                    assertThat(target.total()).hasValue(40));
            assertThat(plan.warnings()).hasSize(1);
        });
        assertThat(importing.issuedBy(UNIT)).isEqualTo(other.issuedBy(UNIT));
        assertThat(other.issuedBy(new UnitCode(UNIT.value() + "-X"))).isEmpty();

        other.record(plan(45, 3));
        assertThat(importing.all()).singleElement().satisfies(plan -> {
            assertThat(plan.targets().getFirst().total()).hasValue(45);
            assertThat(plan.warnings()).hasSize(3);
        });
        assertThat(other.all()).isEqualTo(importing.all());
    }

    @Test
    void aTargetEnteredOnOneInstanceIsAnsweredByBoth() {
        MongoTargets entering = new MongoTargets(database.mongo());
        MongoTargets other = new MongoTargets(database.mongo());
        assertThat(other.of(UNIT)).isEmpty();

        entering.enter(new EnteredTarget(UNIT, PlanReference.numbered("12-KH/TU"), PlanTarget.admissions(YEAR, 30,
                new RatioTarget.ShareOfQuota(Attribute.YOUTH_UNION, BigDecimal.valueOf(70))), Instant.now()));
        assertThat(other.of(UNIT)).singleElement().extracting(entered -> entered.target().total().getAsInt())
                .isEqualTo(30);
        assertThat(other.all()).isEqualTo(entering.all());

        other.enter(new EnteredTarget(UNIT, PlanReference.numbered("12-KH/TU"), PlanTarget.admissions(YEAR, 35),
                Instant.now()));
        assertThat(entering.of(UNIT)).singleElement().extracting(entered -> entered.target().total().getAsInt())
                .isEqualTo(35);
    }

    private static ImportedPlan plan(int admissions, int warnings) {
        List<PlanWarning> found = java.util.stream.IntStream.range(0, warnings)
                .mapToObj(row -> PlanWarning.forUnit(new UnitCode(UNIT.value() + "-" + row),
                        PlanWarning.Rule.values()[0], "Cảnh báo " + row, "Warning " + row, Map.of("row", row)))
                .toList();
        return new ImportedPlan(PlanReference.numbered("10-KH/TU"), UNIT, Metric.ADMISSIONS, Instant.now(),
                List.of(PlanTarget.admissions(YEAR, admissions)), 1, found);
    }
}
