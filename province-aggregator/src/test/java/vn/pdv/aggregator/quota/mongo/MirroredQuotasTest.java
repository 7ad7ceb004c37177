package vn.pdv.aggregator.quota.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.DatabaseOfItsOwn;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;
import vn.pdv.aggregator.quota.Quota;
import vn.pdv.aggregator.quota.Quotas;

/**
 * A plan import carries no log and no sequence: an instance that imported one answers it at once, and another instance,
 * finding the revision moved by someone else, reads the quotas again. Each answers from its own memory. So does a
 * committee's quota taken in after its log's progress had passed it.
 */
class MirroredQuotasTest {

    private static final UnitCode UNIT = new UnitCode("MQ-" + UUID.randomUUID().toString().substring(0, 6));

    @RegisterExtension
    final DatabaseOfItsOwn database = new DatabaseOfItsOwn("mirrored-quotas");

    @Test
    void aQuotaImportedByOneInstanceIsAnsweredByBoth() {
        MongoQuotas importing = new MongoQuotas(database.mongo());
        MongoQuotas other = new MongoQuotas(database.mongo());
        assertThat(other.of(UNIT)).isEmpty();
        assertThat(importing.of(UNIT)).isEmpty();

        importing.record(quota(40));
        assertThat(importing.findFor(UNIT, 2026, Metric.ADMISSIONS)).map(Quota::total).contains(40);
        assertThat(other.findFor(UNIT, 2026, Metric.ADMISSIONS)).map(Quota::total).contains(40);

        other.record(quota(45));
        assertThat(importing.of(UNIT)).singleElement().extracting(Quota::total).isEqualTo(45);
        assertThat(other.of(UNIT)).singleElement().extracting(Quota::total).isEqualTo(45);
    }

    @Test
    void aQuotaKeptWaitingForItsUnitAndTakenInLateIsAnsweredByAnInstanceThatHadSeenItsLogPastIt() {
        MongoQuotas taking = new MongoQuotas(database.mongo());
        MongoQuotas other = new MongoQuotas(database.mongo());
        // The province's log is noted up to 20; its event 8, a quota for a unit no log had registered yet, waited.
        database.noted("T01", 20);
        assertThat(other.of(UNIT)).isEmpty();
        assertThat(taking.of(UNIT)).isEmpty();

        taking.assignAllLate(List.of(new Quotas.Assigned(new Origin(new UnitCode("T01"), 8), quota(33))));

        assertThat(taking.findFor(UNIT, 2026, Metric.ADMISSIONS)).map(Quota::total).contains(33);
        assertThat(other.findFor(UNIT, 2026, Metric.ADMISSIONS)).map(Quota::total).contains(33);
    }

    @Test
    void theProvincesQuotaDeliveredAgainAfterTheDistrictReassignedItLeavesTheDistricts() {
        MongoQuotas quotas = new MongoQuotas(database.mongo());
        UnitCode province = new UnitCode("T01");
        UnitCode district = new UnitCode("T01-H01");
        quotas.assignAll(List.of(new Quotas.Assigned(new Origin(province, 8), quota(40))));
        quotas.assignAll(List.of(new Quotas.Assigned(new Origin(district, 3), quota(45))));
        // A rebalance: the province's partition is read again from an offset before its event 8.
        quotas.assignAll(List.of(new Quotas.Assigned(new Origin(province, 8), quota(40))));

        assertThat(quotas.findFor(UNIT, 2026, Metric.ADMISSIONS)).map(Quota::total).contains(45);
    }

    private static Quota quota(int total) {
        return Quota.stated(UNIT, new UnitCode("T01"), new PlanReference("01-KH/TU", Optional.empty(), Optional.empty()),
                Period.year(2026), Metric.ADMISSIONS, total, Map.of());
    }
}
