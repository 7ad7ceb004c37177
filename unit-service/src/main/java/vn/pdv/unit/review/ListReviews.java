package vn.pdv.unit.review;

import java.util.List;
import java.util.Optional;
import vn.pdv.unit.organisation.Reach;
import vn.pdv.unit.organisation.UnitCode;

/** The reviews recorded so far: a projection of the committee's log, one per branch and quarter. */
public interface ListReviews {

    Optional<SympathiserListReviewed> find(UnitCode branch, Quarter quarter);

    void save(SympathiserListReviewed review);

    /** Those of the branches in {@code reach}, latest quarter first. */
    List<SympathiserListReviewed> inReach(Reach reach);
}
