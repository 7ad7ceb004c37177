package vn.pdv.unit;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies with sensible defaults, so a test spells out only what it is about. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Map<String, Object> aUnit(String code, String parent) {
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("code", code);
        unit.put("name", "Chi bộ " + code);
        unit.put("kind", parent == null ? "GRASSROOTS_COMMITTEE" : "SUBORDINATE_BRANCH");
        unit.put("parentCode", parent == null ? "DUK" : parent);
        unit.put("effectiveFrom", "2024-01-01");
        return unit;
    }

    public static Map<String, Object> aSource(String branch) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("fullName", "Nguyễn Thị Lan");
        person.put("dateOfBirth", "2000-04-12");
        person.put("idCardNumber", "052300001234");
        person.put("phone", "0905123456");
        person.put("address", "12 Lê Lợi, Quy Nhơn");
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("gender", "FEMALE");
        attributes.put("ethnicMinority", false);
        attributes.put("religious", false);
        attributes.put("youthUnionMember", true);
        attributes.put("tradeUnionMember", true);
        attributes.put("generalEducation", "12/12");
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("branchCode", branch);
        source.put("introducedBy", "YOUTH_UNION");
        source.put("identifiedOn", "2024-02-01");
        source.put("person", person);
        source.put("attributes", attributes);
        return source;
    }

    public static Map<String, Object> anAdmission() {
        Map<String, Object> admission = new LinkedHashMap<>();
        admission.put("decidedBy", "DUK");
        admission.put("decisionNumber", "125-QĐ/ĐUK");
        admission.put("decidedOn", "2024-05-02");
        admission.put("admittedOn", "2024-05-19");
        admission.put("readmission", false);
        return admission;
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }
}
