package vn.pdv.aggregator.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitKind;
import vn.pdv.aggregator.hierarchy.UnitTree;

/**
 * Which committee decides a branch's admissions and recognitions on a day: the one place this is said.
 *
 * <p>DOMAIN.md rule 7: the standing committee of the superior committee decides (or a grassroots committee it
 * authorises, which the tree does not record). Read over the dated tree, nearest first from the branch itself:
 * <ul>
 *   <li>a district or bloc committee decides for everything beneath it (seed 001: the bloc's standing committee
 *   decides for its 55 organisations); so does the province committee when nothing between decides;</li>
 *   <li>from {@link #DISTRICTS_ABOLISHED} (Quy định 294-QĐ/TW, 1 July 2025) the district level is gone and a commune
 *   committee, a grassroots committee standing directly under the province committee, decides for its own branches;
 *   </li>
 *   <li>failing all of these (a tree registered without its upper levels), the top of the branch's tree.</li>
 * </ul>
 * The tree of the day asked is read, not that of the day the proposal was made: a proposal made to a district
 * committee before 1 July 2025 and still undecided is the commune committee's to decide after it.
 *
 * <p>Known limit: an authorisation of a grassroots committee to admit is not recorded in the tree, so such a committee's
 * proposals show on its superior committee's agenda.
 */
public final class DecidingCommittee {

    /** The day the district level was abolished and commune committees came directly under the province. */
    public static final LocalDate DISTRICTS_ABOLISHED = LocalDate.of(2025, 7, 1);

    private static final Set<UnitKind> SUPERIOR_COMMITTEES =
            Set.of(UnitKind.DISTRICT_COMMITTEE, UnitKind.BLOC_COMMITTEE, UnitKind.PROVINCE_COMMITTEE);

    private DecidingCommittee() {
    }

    /** The committee deciding for {@code branch} on {@code on}; empty when the branch did not stand that day. */
    public static Optional<UnitCode> over(UnitTree tree, UnitCode branch, LocalDate on) {
        Optional<Unit> self = tree.on(branch, on);
        if (self.isEmpty()) {
            return Optional.empty();
        }
        List<Unit> chain = new ArrayList<>();
        chain.add(self.get());
        chain.addAll(tree.ancestors(branch, on));
        for (int i = 0; i < chain.size(); i++) {
            Unit unit = chain.get(i);
            if (SUPERIOR_COMMITTEES.contains(unit.kind())) {
                return Optional.of(unit.code());
            }
            boolean underProvince = i + 1 < chain.size() && chain.get(i + 1).kind() == UnitKind.PROVINCE_COMMITTEE;
            if (!on.isBefore(DISTRICTS_ABOLISHED) && unit.kind() == UnitKind.GRASSROOTS_COMMITTEE && underProvince) {
                return Optional.of(unit.code());
            }
        }
        return Optional.of(chain.getLast().code());
    }
}
