package vn.pdv.aggregator.hierarchy.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitKind;
import vn.pdv.aggregator.mongo.DatabaseOfItsOwn;

/**
 * A registration kept waiting for its parent and taken in after its log's progress had passed it: every instance's tree
 * takes it in, not only the one that took it. Two repositories on one database stand for two instances.
 */
class MirroredHierarchyTest {

    private static final UnitCode LOG = new UnitCode("MH-1");
    private static final UnitCode UNIT = new UnitCode("MH-1-A");

    @RegisterExtension
    final DatabaseOfItsOwn database = new DatabaseOfItsOwn("mirrored-hierarchy");

    @Test
    void aRegistrationTakenInLateIsInTheTreeOfAnInstanceThatHadSeenItsLogPastIt() {
        MongoHierarchy taking = new MongoHierarchy(database.mongo());
        MongoHierarchy other = new MongoHierarchy(database.mongo());
        // The log is noted up to 20; its event 8 named a parent no log had registered yet, and waited.
        database.noted(LOG.value(), 20);
        assertThat(other.tree().history(UNIT)).isEmpty();
        assertThat(taking.tree().history(UNIT)).isEmpty();

        Unit branch = new Unit(UNIT, "Chi bộ A", UnitKind.GRASSROOTS_BRANCH, LOG, LocalDate.of(2024, 1, 1));
        taking.registerAllLate(List.of(new Hierarchy.Registered(new Origin(LOG, 8), branch)));

        assertThat(taking.tree().history(UNIT)).containsExactly(branch);
        assertThat(other.tree().history(UNIT)).containsExactly(branch);
    }
}
