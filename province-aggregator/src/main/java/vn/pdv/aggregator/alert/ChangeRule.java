package vn.pdv.aggregator.alert;

import vn.pdv.aggregator.status.Status;

/**
 * When a status is news, so that committees get changes rather than a stream of noise.
 *
 * <ul>
 *   <li>Unchanged: no alert, however often it is judged.</li>
 *   <li>A first judgement (nothing recorded, or only {@link Status#UNKNOWN}, "no quota"): an alert only when it is
 *       {@link Status#AT_RISK} or {@link Status#LAGGING}; a unit that starts a period on track is not news, and the
 *       first check after deployment does not alert every unit in the province.</li>
 *   <li>A change to {@link Status#UNKNOWN} (the quota was withdrawn): recorded, no alert; it says nothing about
 *       progress.</li>
 *   <li>Any other change, for better or worse: an alert.</li>
 * </ul>
 */
public final class ChangeRule {

    private ChangeRule() {
    }

    /** @param before null when the key has never been judged */
    public static boolean worthAnAlert(Status before, Status now) {
        if (now == before || now == Status.UNKNOWN) {
            return false;
        }
        if (before == null || before == Status.UNKNOWN) {
            return now == Status.AT_RISK || now == Status.LAGGING;
        }
        return true;
    }
}
