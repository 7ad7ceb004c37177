package vn.pdv.aggregator.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitTree;
import vn.pdv.aggregator.quota.Bounds;

/**
 * Every question a report asks of the organisation tree, in one place: which units stand directly beneath the
 * reporting one, in the order plan tables list them, and which stands above it.
 *
 * <p>The units beneath are those of the period's last day (today for a period still running): a unit closed or moved
 * away during the period has no line of its own, and its days under the reporting unit fall in the direct line.
 */
public final class Subunits {

    /** Codes as plan tables number their rows (DUK-2 before DUK-10): digit runs compare as numbers. */
    public static final Comparator<UnitCode> PLAN_ORDER = (left, right) -> {
        List<String> a = chunks(left.value());
        List<String> b = chunks(right.value());
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int byChunk = compareChunk(a.get(i), b.get(i));
            if (byChunk != 0) {
                return byChunk;
            }
        }
        return a.size() != b.size() ? Integer.compare(a.size(), b.size()) : left.value().compareTo(right.value());
    };

    private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");

    private Subunits() {
    }

    /**
     * The units whose parent is {@code unit} on the last day of the period's {@code bounds} for it (today while it
     * runs), in plan order.
     */
    public static List<Unit> beneath(UnitTree tree, UnitCode unit, Bounds bounds, LocalDate today) {
        LocalDate last = bounds.lastDay();
        return tree.children(unit, last.isAfter(today) ? today : last).stream()
                .sorted(Comparator.comparing(Unit::code, PLAN_ORDER)).toList();
    }

    public static Optional<Unit> superiorOf(UnitTree tree, Unit unit) {
        return unit.parent() == null ? Optional.empty() : tree.latest(unit.parent());
    }

    private static List<String> chunks(String code) {
        List<String> chunks = new ArrayList<>();
        Matcher m = CHUNK.matcher(code);
        while (m.find()) {
            chunks.add(m.group());
        }
        return chunks;
    }

    private static int compareChunk(String a, String b) {
        boolean numbers = Character.isDigit(a.charAt(0)) && Character.isDigit(b.charAt(0));
        if (numbers) {
            String x = a.replaceFirst("^0+(?=.)", "");
            String y = b.replaceFirst("^0+(?=.)", "");
            return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
        }
        return a.compareTo(b);
    }
}
