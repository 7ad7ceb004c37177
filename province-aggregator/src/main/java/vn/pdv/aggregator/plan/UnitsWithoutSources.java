package vn.pdv.aggregator.plan;

import java.time.LocalDate;
import java.util.Set;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * Which registered units hold no sources on a day: no candidate short of admission anywhere in their subtree. Plan
 * 104-KH/ĐUK asks that such units get no quota; an import says so where a plan gives them one.
 */
public interface UnitsWithoutSources {

    Set<UnitCode> on(LocalDate day);
}
