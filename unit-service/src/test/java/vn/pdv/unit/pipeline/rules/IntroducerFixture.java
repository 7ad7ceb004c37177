package vn.pdv.unit.pipeline.rules;

import java.time.LocalDate;

/** Introducers for tests that are not about them: official members who have known the candidate long enough. */
final class IntroducerFixture {

    static final LocalDate INTRODUCED_ON = LocalDate.of(2026, 3, 10);

    private IntroducerFixture() {
    }

    static Introducer anOfficialMember(String ref) {
        return new Introducer(new MemberRef(ref), PartyStanding.OFFICIAL, INTRODUCED_ON.minusYears(3));
    }

    static Introducer aProbationaryMember(String ref) {
        return new Introducer(new MemberRef(ref), PartyStanding.PROBATIONARY, INTRODUCED_ON.minusYears(3));
    }

    static Introducer anOfficialMemberKnowingTheCandidateSince(String ref, LocalDate since) {
        return new Introducer(new MemberRef(ref), PartyStanding.OFFICIAL, since);
    }

    /** Born so as to be {@code years} old (completed) on {@link #INTRODUCED_ON}. */
    static LocalDate bornToBe(int years) {
        return INTRODUCED_ON.minusYears(years);
    }
}
