package vn.pdv.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the demo plays: the bloc committee of plan 104-KH/ĐUK (Đảng ủy Khối các cơ quan tỉnh Bình Định)
 * with its 55 grassroots organisations and their 2024 and 2025 admission quotas, exactly as the plan's
 * table gives them; and two of those organisations running unit services of their own, with branches
 * invented for the demo (the plan does not list branches).
 */
final class Scenario {

    static final String PLAN_NUMBER = "104-KH/ĐUK";
    static final LocalDate PLAN_ISSUED_ON = LocalDate.of(2024, 3, 6);
    static final List<Integer> PLAN_YEARS = List.of(2024, 2025);
    /** Section II.1: "mỗi năm kết nạp 240 đảng viên mới … đoàn viên thanh niên … từ 70% trở lên" (168 of 240). */
    static final YearQuota BLOC_TARGET = new YearQuota(240, 168, 0);

    /** Total, youth-union and trade-union parts of one year's admissions quota. */
    record YearQuota(int total, int youthUnion, int tradeUnion) {
    }

    /** A row of the plan's table. */
    record PlannedUnit(String code, String name, String kind, Map<Integer, YearQuota> quotas) {
    }

    record Branch(String code, String name) {
    }

    /** A committee that runs a unit service in the demo. */
    static final class CommitteeService {

        private final String code;
        private final String name;
        private final String kind;
        private final String parentCode;
        private final List<Branch> branches;
        private String url;

        CommitteeService(String code, String name, String kind, String parentCode, List<Branch> branches) {
            this.code = code;
            this.name = name;
            this.kind = kind;
            this.parentCode = parentCode;
            this.branches = List.copyOf(branches);
        }

        String code() {
            return code;
        }

        String name() {
            return name;
        }

        String kind() {
            return kind;
        }

        String parentCode() {
            return parentCode;
        }

        /** The demo realm's account of the committee's secretary, as whom the demo records the committee's work. */
        String secretary() {
            return code.toLowerCase(java.util.Locale.ROOT).replace("-", "") + ".secretary";
        }

        List<Branch> branches() {
            return branches;
        }

        void bind(String url) {
            this.url = url;
        }

        String url() {
            return url;
        }
    }

    private final CommitteeService bloc;
    private final List<CommitteeService> grassroots;
    private final List<PlannedUnit> plannedUnits;

    Scenario(CommitteeService bloc, List<CommitteeService> grassroots, List<PlannedUnit> plannedUnits) {
        this.bloc = bloc;
        this.grassroots = List.copyOf(grassroots);
        this.plannedUnits = List.copyOf(plannedUnits);
    }

    static Scenario fromPlan() {
        List<PlannedUnit> planned = PlanTable.load();
        CommitteeService bloc = new CommitteeService("DUK", "Đảng bộ Khối các cơ quan tỉnh Bình Định",
                "BLOC_COMMITTEE", "TU-BD", List.of());
        PlannedUnit hospital = find(planned, "Bệnh viện Đa khoa tỉnh Bình Định");
        PlannedUnit college = find(planned, "Trường Cao đẳng Kỹ thuật Công nghệ Quy Nhơn");
        return new Scenario(bloc, List.of(
                new CommitteeService(hospital.code(), hospital.name(), hospital.kind(), bloc.code(), List.of(
                        new Branch(hospital.code() + "-NOI", "Chi bộ Khối Nội"),
                        new Branch(hospital.code() + "-NGOAI", "Chi bộ Khối Ngoại"),
                        new Branch(hospital.code() + "-CLS", "Chi bộ Cận lâm sàng"),
                        new Branch(hospital.code() + "-HC", "Chi bộ Hành chính - Tổng hợp"))),
                new CommitteeService(college.code(), college.name(), college.kind(), bloc.code(), List.of(
                        new Branch(college.code() + "-CK", "Chi bộ Khoa Cơ khí"),
                        new Branch(college.code() + "-DIEN", "Chi bộ Khoa Điện - Điện tử"),
                        new Branch(college.code() + "-SV", "Chi bộ Sinh viên"),
                        new Branch(college.code() + "-PHONG", "Chi bộ Các phòng chức năng")))),
                planned);
    }

    private static PlannedUnit find(List<PlannedUnit> planned, String name) {
        return planned.stream().filter(unit -> unit.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Plan 104-KH/ĐUK has no unit named " + name));
    }

    CommitteeService bloc() {
        return bloc;
    }

    List<CommitteeService> grassroots() {
        return grassroots;
    }

    /** The bloc first, then the grassroots committees. */
    List<CommitteeService> committees() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(bloc), grassroots.stream()).toList();
    }

    List<PlannedUnit> plannedUnits() {
        return plannedUnits;
    }

    PlannedUnit planned(String code) {
        return plannedUnits.stream().filter(unit -> unit.code().equals(code)).findFirst().orElseThrow();
    }
}
