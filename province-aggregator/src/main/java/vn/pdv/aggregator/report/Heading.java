package vn.pdv.aggregator.report;

import java.time.LocalDate;
import java.util.Locale;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Period;

/**
 * A report's title block, as Party documents are laid out: the superior organisation and the issuing committee on
 * the left, the Party's name and the date on the right, then the title and the period.
 *
 * @param superior the issuing unit's superior's name; null at the top of the tree
 * @param issuer   the reporting unit's name
 */
public record Heading(String superior, String issuer, UnitCode unit, Period period, LocalDate generatedOn) {

    public static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
    public static final String TITLE = "BÁO CÁO KẾT QUẢ PHÁT TRIỂN ĐẢNG VIÊN";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** "Quý II/2024", "6 tháng đầu năm 2024", "Năm 2024", "Nhiệm kỳ 2020–2025". */
    public String periodName() {
        String name = period.vietnamese();
        return name.substring(0, 1).toUpperCase(VIETNAMESE) + name.substring(1);
    }

    /** The superior's name in capitals, as the title block prints it; empty at the top of the tree. */
    public String superiorLine() {
        return superior == null ? "" : superior.toUpperCase(VIETNAMESE);
    }

    public String issuerLine() {
        return issuer.toUpperCase(VIETNAMESE);
    }

    /** "ngày 19 tháng 5 năm 2024", as Party documents date themselves. */
    public String dated() {
        return "ngày %d tháng %d năm %d".formatted(generatedOn.getDayOfMonth(), generatedOn.getMonthValue(),
                generatedOn.getYear());
    }
}
