package vn.pdv.aggregator.plan;

import java.util.List;
import vn.pdv.aggregator.hierarchy.UnitCode;

/** Imported plans, one per plan number and metric; importing the same plan again replaces what was kept of it. */
public interface Plans {

    void record(ImportedPlan plan);

    List<ImportedPlan> all();

    List<ImportedPlan> issuedBy(UnitCode unit);
}
