package vn.pdv.common.ui.sample;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** The figures the sample page shows: a bloc and its organisations, and an admitted count the tests move. */
@Component
public class SampleUnits {

    public record Unit(String code, String name, long quota, long actual, String status, long gapToPace) {

        public double percent() {
            return actual * 100.0 / quota;
        }
    }

    static final List<Unit> CHILDREN = List.of(
            new Unit("DUK-01", "Chi bộ Văn phòng Tỉnh ủy", 20, 9, "ON_TRACK", 1),
            new Unit("DUK-07", "Đảng bộ Trường Đại học Sư phạm", 35, 8, "LAGGING", -9),
            new Unit("DUK-12", "Đảng bộ Bệnh viện Đa khoa tỉnh", 18, 18, "MET", 9),
            new Unit("DUK-26", "Đảng bộ Công ty Điện lực Quảng Ngãi", 55, 22, "AT_RISK", -3),
            new Unit("DUK-31", "Chi bộ Ngân hàng Nhà nước chi nhánh tỉnh", 1234, 300, "LAGGING", -317),
            new Unit("DUK-40", "Chi bộ Hội Liên hiệp Phụ nữ", 0, 0, "UNKNOWN", 0));

    private final AtomicLong admitted = new AtomicLong(37);

    public long admitted() {
        return admitted.get();
    }

    public long admitOne() {
        return admitted.incrementAndGet();
    }
}
