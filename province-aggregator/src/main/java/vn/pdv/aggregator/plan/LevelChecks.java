package vn.pdv.aggregator.plan;

import static vn.pdv.aggregator.plan.PlanWarning.Rule.ASSIGNED_BELOW_RECEIVED;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.pdv.aggregator.quota.Quota;

/**
 * Compares the quotas one level hands down with what that level received from above. Each level is expected to hand
 * down at least what it received, so that if every unit below meets its quota the level meets its own; handing down
 * more is the usual margin and is not reported.
 *
 * <p>Works in both directions: pass a plan's quotas as {@code received} and the plans of the units below as
 * {@code assigned} to check the level below, or the superior's quotas and this plan's to check against the level
 * above. Only equal periods and metrics are compared; a committee that hands down nothing for a period is not
 * reported, since its plan may not be imported yet.
 */
public final class LevelChecks {

    private LevelChecks() {
    }

    public static List<PlanWarning> assignedAgainstReceived(Collection<Quota> received, Collection<Quota> assigned) {
        List<PlanWarning> warnings = new ArrayList<>();
        for (Quota upper : received) {
            List<Quota> below = assigned.stream()
                    .filter(quota -> quota.issuedBy().equals(upper.target())
                            && quota.period().equals(upper.period())
                            && quota.metric() == upper.metric())
                    .toList();
            if (below.isEmpty()) {
                continue;
            }
            int sum = below.stream().mapToInt(Quota::total).sum();
            String plans = String.join(", ", below.stream().map(quota -> quota.plan().number()).distinct().toList());
            if (sum < upper.total()) {
                warnings.add(PlanWarning.forUnit(upper.target(), ASSIGNED_BELOW_RECEIVED,
                        upper.target() + " được giao " + upper.total() + " (" + upper.plan().number() + ") "
                                + upper.period().vietnamese() + " nhưng giao xuống " + below.size()
                                + " đơn vị trực thuộc tổng cộng " + sum + " (" + plans + "), thiếu "
                                + (upper.total() - sum) + ".",
                        upper.target() + " received " + upper.total() + " (" + upper.plan().number() + ") for "
                                + upper.period().english() + " but assigned " + sum + " to " + below.size()
                                + " units below (" + plans + "), " + (upper.total() - sum) + " short.",
                        Map.of("period", upper.period().english(), "attribute", "TOTAL", "received", upper.total(),
                                "assigned", sum, "shortfall", upper.total() - sum)));
            }
            if (below.stream().allMatch(Quota::hasBreakdown)) {
                upper.breakdown().forEach((attribute, wanted) -> {
                    int parts = below.stream().mapToInt(quota -> quota.part(attribute)).sum();
                    if (parts < wanted) {
                        warnings.add(PlanWarning.forUnit(upper.target(), ASSIGNED_BELOW_RECEIVED,
                                upper.target() + " được giao " + wanted + " " + attribute.vietnamese() + " "
                                        + upper.period().vietnamese() + " nhưng giao xuống " + parts + ", thiếu "
                                        + (wanted - parts) + ".",
                                upper.target() + " received " + wanted + " " + attribute.english() + " for "
                                        + upper.period().english() + " but assigned " + parts + ", "
                                        + (wanted - parts) + " short.",
                                Map.of("period", upper.period().english(), "attribute", attribute.name(),
                                        "received", wanted, "assigned", parts, "shortfall", wanted - parts)));
                    }
                });
            }
        }
        return warnings;
    }
}
