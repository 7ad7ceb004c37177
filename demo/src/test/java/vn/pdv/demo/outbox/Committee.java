package vn.pdv.demo.outbox;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A committee of a test's own, with one branch: the bodies of the requests that register it and record its sources,
 * and the demo realm's account of its secretary, as whom the test works. Each test that uses one has a broker and a
 * database of its own ({@link RestartableStack}), so a committee of the realm (DUK-01, DUK-26) is its alone.
 */
record Committee(String code) {

    static final int YEAR = 2024;

    /** The secretary's account of a committee of the demo realm: {@code duk01.secretary} for DUK-01. */
    String secretary() {
        return code.toLowerCase(Locale.ROOT).replace("-", "") + ".secretary";
    }

    String branch() {
        return code + "-KN";
    }

    Map<String, Object> registration() {
        return unit(code, "GRASSROOTS_COMMITTEE", "DUK");
    }

    Map<String, Object> branchRegistration() {
        return unit(branch(), "SUBORDINATE_BRANCH", code);
    }

    /** Events the two registrations put in the committee's log before any source. */
    static long registrationEvents() {
        return 2;
    }

    Map<String, Object> source(int number) {
        return Map.of("branchCode", branch(), "introducedBy", "YOUTH_UNION", "identifiedOn", YEAR + "-02-01",
                "person", Map.of("fullName", "Nguyễn Văn " + number, "dateOfBirth", "1999-08-30"),
                "attributes", Map.of("gender", "MALE", "youthUnionMember", true));
    }

    private static Map<String, Object> unit(String code, String kind, String parent) {
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("code", code);
        unit.put("name", "Đơn vị " + code);
        unit.put("kind", kind);
        unit.put("parentCode", parent);
        unit.put("effectiveFrom", YEAR + "-01-01");
        return unit;
    }
}
