package vn.pdv.unit.pipeline.rules;

import java.util.List;
import java.util.Objects;

/** Who introduces a candidate: one of the three routes Điều lệ Đảng allows. */
public sealed interface Introduction {

    /** The members whose individual conditions (standing, time with the candidate) must hold. */
    List<Introducer> introducers();

    /** Two official members. */
    record TwoOfficialMembers(Introducer first, Introducer second) implements Introduction {
        public TwoOfficialMembers {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }

        @Override
        public List<Introducer> introducers() {
            return List.of(first, second);
        }
    }

    /** One official member and the grassroots youth-union committee (Ban Chấp hành Đoàn cơ sở). */
    record MemberAndYouthUnionCommittee(Introducer member) implements Introduction {
        public MemberAndYouthUnionCommittee {
            Objects.requireNonNull(member, "member");
        }

        @Override
        public List<Introducer> introducers() {
            return List.of(member);
        }
    }

    /** One official member and the grassroots trade-union committee (Ban Chấp hành Công đoàn cơ sở). */
    record MemberAndTradeUnionCommittee(Introducer member) implements Introduction {
        public MemberAndTradeUnionCommittee {
            Objects.requireNonNull(member, "member");
        }

        @Override
        public List<Introducer> introducers() {
            return List.of(member);
        }
    }
}
