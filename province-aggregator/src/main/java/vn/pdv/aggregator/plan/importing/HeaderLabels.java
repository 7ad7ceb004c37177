package vn.pdv.aggregator.plan.importing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.pdv.aggregator.plan.Names;
import vn.pdv.aggregator.quota.Attribute;
import vn.pdv.aggregator.quota.Period;

/**
 * What a plan table's column headers say, in the words committees write them: which period a group of columns is
 * for, and which attribute a breakdown column counts. Only the table reader needs this; everywhere else a period is
 * named by its code and an attribute by its name.
 */
final class HeaderLabels {

    private static final Pattern TERM = Pattern.compile("(?:.*\\s)?(?:nhiệm kỳ|giai đoạn)?\\s*(\\d{4})\\s*[-–—]\\s*(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(?:.*\\s)?quý\\s*(iv|i{1,3}|[1-4])\\s*(?:/|năm|-)?\\s*(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(?:.*\\s)?6 tháng (đầu|cuối) năm\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?:.*\\s)?năm\\s*(\\d{4})|(\\d{4})");

    private HeaderLabels() {
    }

    /**
     * The period a column header names: "Năm 2024", "2024", "Nhiệm kỳ 2020 - 2025", "Quý I/2024", "Quý 3 năm 2024",
     * "6 tháng đầu năm 2024". Anything else is not a period header.
     */
    static Optional<Period> period(String label) {
        String text = Names.normalise(label);
        if (text.contains(" và ")) {
            // "năm 2024 và năm 2025" heads a whole table, not one period's columns.
            return Optional.empty();
        }
        Matcher m;
        if ((m = TERM.matcher(text)).matches()) {
            int first = Integer.parseInt(m.group(1));
            int last = Integer.parseInt(m.group(2));
            return last > first ? Optional.of(Period.term(first, last)) : Optional.empty();
        }
        if ((m = QUARTER.matcher(text)).matches()) {
            return Optional.of(Period.quarter(Integer.parseInt(m.group(2)), quarterNumber(m.group(1))));
        }
        if ((m = HALF.matcher(text)).matches()) {
            return Optional.of(Period.halfYear(Integer.parseInt(m.group(2)), m.group(1).equals("đầu") ? 1 : 2));
        }
        if ((m = YEAR.matcher(text)).matches()) {
            return Optional.of(Period.year(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2))));
        }
        return Optional.empty();
    }

    /** The attribute a breakdown column's header names, e.g. "Đoàn viên thanh niên" or "ĐVTN". */
    static Optional<Attribute> attribute(String label) {
        String text = Names.normalise(label);
        if (text.contains("thanh niên") || text.equals("đvtn")) {
            return Optional.of(Attribute.YOUTH_UNION);
        }
        if (text.contains("công đoàn") || text.equals("đvcđ")) {
            return Optional.of(Attribute.TRADE_UNION);
        }
        if (text.equals("nữ") || text.equals("đảng viên nữ")) {
            return Optional.of(Attribute.FEMALE);
        }
        if (text.contains("dân tộc")) {
            return Optional.of(Attribute.ETHNIC_MINORITY);
        }
        return Optional.empty();
    }

    private static int quarterNumber(String text) {
        return switch (text) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> Integer.parseInt(text);
        };
    }
}
