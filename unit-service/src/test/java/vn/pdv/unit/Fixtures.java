package vn.pdv.unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.pdv.stack.JsonApi;

/** Request bodies with sensible defaults, so a test spells out only what it is about. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The committee's secretary: registers units, assigns quotas, imports lists, and may record any step. */
    public static final String SECRETARY = "duk01.secretary";

    /** The service on {@code port} as the committee's {@link #SECRETARY}. */
    public static JsonApi asSecretary(int port) {
        return new JsonApi(port).as(SECRETARY);
    }

    /**
     * The committee these tests serve (DUK-01) and its branch DUK-01-KN, registered through the API by the committee's
     * secretary, as whom the answer goes on calling.
     */
    public static JsonApi registeredCommitteeAndBranch(int port) {
        JsonApi api = asSecretary(port);
        api.post("/api/units", aUnit("DUK-01", null));
        api.post("/api/units", aUnit("DUK-01-KN", "DUK-01"));
        return api;
    }

    /** The last sequence of the committee's log: a step refused writes nothing, so it stays where it was. */
    public static long lastSequence(JsonApi api) {
        return ((Number) api.get("/api/outbox").read("$.lastSequence")).longValue();
    }

    /** A new candidate of {@code source}, taken by {@code api}'s account through every step before {@code step}. */
    public static String walkedUpTo(JsonApi api, String step, Map<String, Object> source) {
        JsonApi.Answer created = api.post("/api/sources", source);
        if (created.status() != 201) {
            throw new AssertionError("sources: " + created.status() + " " + created.body());
        }
        String candidate = created.read("$.candidateId");
        for (var next : theStepsToOfficialMember()) {
            if (next.getKey().equals(step)) {
                return candidate;
            }
            JsonApi.Answer answer = api.post("/api/candidates/" + candidate + "/" + next.getKey(), next.getValue());
            if (answer.status() != 201) {
                throw new AssertionError(next.getKey() + ": " + answer.status() + " " + answer.body());
            }
        }
        return candidate;
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
        return aSource(branch, "Nguyễn Thị Lan", "052300001234");
    }

    /** {@link #aSource(String)} for another person, where a test tells two candidates apart by name. */
    public static Map<String, Object> aSource(String branch, String fullName, String idCardNumber) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("fullName", fullName);
        person.put("dateOfBirth", "2000-04-12");
        person.put("idCardNumber", idCardNumber);
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

    /** The steps after {@link #aSource}, in order, on a timeline that keeps every rule: path suffix and body. */
    public static List<Map.Entry<String, Map<String, Object>>> theStepsToOfficialMember() {
        return List.of(
                Map.entry("sympathisers", body("addedOn", "2024-02-15", "resolutionNumber", "05-NQ/CB",
                        "helperMemberRef", "M-007")),
                Map.entry("certificate", body("certificateNumber", "GCN-2024-118", "issuedOn", "2024-03-01")),
                Map.entry("verification", body("startedOn", "2024-03-05", "concludedOn", "2024-03-25")),
                Map.entry("introductions", anIntroduction()),
                Map.entry("branch-vote", aBranchVote()),
                Map.entry("proposal", body("proposedOn", "2024-04-15", "proposedTo", "DUK")),
                Map.entry("admission-decision", body("decidedBy", "DUK", "decisionNumber", "125-QĐ/ĐUK",
                        "decidedOn", "2024-05-02", "deadlineExtended", false)),
                Map.entry("admission", anAdmission()),
                Map.entry("new-member-class", body("completedOn", "2024-08-20")),
                Map.entry("recognition-vote", with(aBranchVote(), "votedOn", "2025-05-26")),
                Map.entry("recognition", body("decidedBy", "DUK", "decisionNumber", "45-QĐ/ĐUK",
                        "decidedOn", "2025-06-05", "deadlineExtended", false)));
    }

    public static Map<String, Object> anIntroduction() {
        return body("route", "MEMBER_AND_YOUTH_UNION_COMMITTEE", "introducedOn", "2024-04-01",
                "introducers", List.of(body("memberRef", "M-001", "standing", "OFFICIAL", "withCandidateSince", "2021-09-01")));
    }

    public static Map<String, Object> aBranchVote() {
        return body("votedOn", "2024-04-10", "officialMembers", 15, "officialMembersPresent", 14, "votesFor", 13,
                "votesAgainst", 1, "provincialApproval", false);
    }

    /**
     * A candidate whose admission DUK decided while they were at committee DUK-26, taken in by DUK-01's branch
     * DUK-01-KN before the ceremony, under DUK-26's id for them (issue 13); the person typed again from the dossier.
     */
    public static Map<String, Object> aTransferAfterTheDecision(String candidateId) {
        Map<String, Object> source = aSource("DUK-01-KN", "Lò Văn Minh", "001200012345");
        return body("fromCommitteeCode", "DUK-26", "candidateId", candidateId, "branchCode", "DUK-01-KN",
                "transferredOn", "2024-05-08", "stage", "ADMISSION_DECIDED",
                "admissionDecision", body("decidedBy", "DUK", "decisionNumber", "125-QĐ/ĐUK", "decidedOn", "2024-05-02"),
                "person", source.get("person"), "attributes", source.get("attributes"));
    }

    public static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
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
