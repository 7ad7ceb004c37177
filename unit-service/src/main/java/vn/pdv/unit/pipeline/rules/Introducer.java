package vn.pdv.unit.pipeline.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A member who introduces a candidate.
 *
 * @param standing           the member's standing on the day of the introduction
 * @param withCandidateSince since when the member has worked or lived with the candidate without interruption
 */
public record Introducer(MemberRef member, PartyStanding standing, LocalDate withCandidateSince) {

    public Introducer {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(withCandidateSince, "withCandidateSince");
    }
}
