package vn.pdv.unit.pipeline.rules;

import java.util.Objects;
import java.util.Set;

/**
 * The least general education a candidate must have completed (DOMAIN.md rule 11), in grades of the twelve-year
 * system, and where the lower minimum applies: mountain, island and ethnic-minority areas and those of especially
 * difficult conditions. Which of a committee's people live there is the committee's to say: the whole committee, or
 * the branches named (a village's branch up in the hills of a lowland commune).
 *
 * @param grades                 the minimum elsewhere (9: lower secondary completed)
 * @param gradesInExceptionAreas the minimum in those areas (5: primary completed)
 * @param wholeCommitteeExcepted the committee's whole area is one of them
 * @param exceptedBranches       branch codes whose area is, when the whole committee's is not
 */
public record SchoolingMinimum(int grades, int gradesInExceptionAreas, boolean wholeCommitteeExcepted,
                               Set<String> exceptedBranches) {

    public SchoolingMinimum {
        if (grades < 0 || grades > 12 || gradesInExceptionAreas < 0 || gradesInExceptionAreas > grades) {
            throw new IllegalArgumentException("schooling minimums must satisfy 0 ≤ " + gradesInExceptionAreas
                    + " ≤ " + grades + " ≤ 12");
        }
        exceptedBranches = Set.copyOf(Objects.requireNonNull(exceptedBranches, "exceptedBranches"));
    }

    /** Lower secondary in general, primary in the areas excepted; no area excepted until the committee says so. */
    public static SchoolingMinimum defaults() {
        return new SchoolingMinimum(9, 5, false, Set.of());
    }

    /** The minimum for someone of this branch. */
    public int gradesFor(String branch) {
        return wholeCommitteeExcepted || exceptedBranches.contains(branch) ? gradesInExceptionAreas : grades;
    }
}
