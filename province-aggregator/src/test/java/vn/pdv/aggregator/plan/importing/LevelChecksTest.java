package vn.pdv.aggregator.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.pdv.aggregator.plan.PlanWarning.Rule.ASSIGNED_BELOW_RECEIVED;
import static vn.pdv.aggregator.plan.PlanWarning.Rule.PLAN_TARGET_BELOW_RECEIVED;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.plan.LevelChecks;
import vn.pdv.aggregator.plan.PlanContext;
import vn.pdv.aggregator.plan.PlanImport;
import vn.pdv.aggregator.plan.PlanWarning;
import vn.pdv.aggregator.quota.Attribute;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;
import vn.pdv.aggregator.quota.Quota;

/** Plan 104-KH/ĐUK against the level above (the province) and a level below (one of its grassroots committees). */
class LevelChecksTest {

    private static final UnitCode PROVINCE = new UnitCode("TU-BD");
    private static final UnitCode DUK = new UnitCode("DUK");
    private static final PlanReference NOTICE_689 = PlanReference.of("689-TB/BTCTU", LocalDate.of(2024, 1, 18),
            "Ban Tổ chức Tỉnh ủy Bình Định");

    /** The general hospital's committee (row 1: 20 in 2024, 13 youth-union, 7 trade-union) splits it 18/12/6. */
    private static final String HOSPITAL_PLAN = """
            (Kèm theo Kế hoạch số 12-KH/ĐU, ngày 20/3/2024 của Ban Thường vụ Đảng ủy Bệnh viện Đa khoa tỉnh)
            STT,Mã đơn vị,Chi bộ,Năm 2024,,
            ,,,Tổng cộng,Đoàn viên thanh niên,Đoàn viên công đoàn
            1,DUK-01-KKB,Chi bộ Khoa Khám bệnh,5,3,2
            2,DUK-01-KNOI,Chi bộ Khối Nội,6,4,2
            3,DUK-01-KNGOAI,Chi bộ Khối Ngoại,4,3,1
            4,DUK-01-HC,Chi bộ Hành chính,3,2,1
            """;

    private final PlanImport bloc = SeedPlan.imported(PlanContext.none());

    @Test
    void flagsAGrassrootsCommitteeThatHandsItsBranchesLessThanItWasAssigned() throws IOException {
        PlanImport hospital = PlanImporter.fromCsv(new StringReader(HOSPITAL_PLAN),
                PlanContext.issuedBy(new UnitCode("DUK-01")).withReceived(bloc.quotas()));

        assertThat(hospital.quotas()).hasSize(4);
        assertThat(hospital.warnings())
                .extracting(PlanWarning::rule, w -> w.values().get("attribute"), w -> w.values().get("received"),
                        w -> w.values().get("assigned"), w -> w.values().get("shortfall"))
                .containsExactly(
                        tuple(ASSIGNED_BELOW_RECEIVED, "TOTAL", 20, 18, 2),
                        tuple(ASSIGNED_BELOW_RECEIVED, "YOUTH_UNION", 13, 12, 1),
                        tuple(ASSIGNED_BELOW_RECEIVED, "TRADE_UNION", 7, 6, 1));
        assertThat(hospital.warnings().getFirst().messageVi()).isEqualTo("DUK-01 được giao 20 (104-KH/ĐUK) năm 2024 "
                + "nhưng giao xuống 4 đơn vị trực thuộc tổng cộng 18 (12-KH/ĐU), thiếu 2.");
    }

    @Test
    void findsTheSameShortfallLookingDownFromTheBlocsPlan() throws IOException {
        PlanImport hospital = PlanImporter.fromCsv(new StringReader(HOSPITAL_PLAN),
                PlanContext.issuedBy(new UnitCode("DUK-01")));

        List<PlanWarning> warnings = LevelChecks.assignedAgainstReceived(bloc.quotas(), hospital.quotas());

        assertThat(warnings).extracting(w -> w.unit().orElseThrow().value(), w -> w.values().get("shortfall"))
                .containsExactly(tuple("DUK-01", 2), tuple("DUK-01", 1), tuple("DUK-01", 1));
    }

    @Test
    void flagsTheBlocWhenItsTargetAndItsQuotasFallShortOfWhatTheProvinceAssigned() {
        Quota for2024 = fromProvince(Period.year(2024), 240, 168);
        Quota for2025 = fromProvince(Period.year(2025), 250, 175);

        PlanImport imported = SeedPlan.imported(PlanContext.none().withReceived(List.of(for2024, for2025)));

        assertThat(imported.warnings(PLAN_TARGET_BELOW_RECEIVED)).singleElement().satisfies(w ->
                assertThat(w.values()).containsEntry("period", "2025").containsEntry("target", 240)
                        .containsEntry("received", 250).containsEntry("receivedFrom", "689-TB/BTCTU"));
        assertThat(imported.warnings(ASSIGNED_BELOW_RECEIVED))
                .extracting(w -> w.values().get("period"), w -> w.values().get("attribute"),
                        w -> w.values().get("assigned"), w -> w.values().get("shortfall"))
                .containsExactly(tuple("2025", "TOTAL", 232, 18), tuple("2025", "YOUTH_UNION", 166, 9));
    }

    @Test
    void doesNotReportACommitteeThatHandedDownMoreThanItReceived() {
        List<PlanWarning> warnings = LevelChecks.assignedAgainstReceived(
                List.of(fromProvince(Period.year(2024), 240, 168)), bloc.quotas());

        assertThat(warnings).isEmpty();
    }

    private static Quota fromProvince(Period period, int total, int youth) {
        return new Quota(DUK, PROVINCE, NOTICE_689, period, Metric.ADMISSIONS, total,
                Map.of(Attribute.YOUTH_UNION, youth));
    }
}
