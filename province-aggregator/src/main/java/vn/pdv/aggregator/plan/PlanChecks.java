package vn.pdv.aggregator.plan;

import static vn.pdv.aggregator.plan.PlanWarning.Rule.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitKind;
import vn.pdv.aggregator.quota.Attribute;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;
import vn.pdv.aggregator.quota.Quota;

/**
 * Turns a plan table as written into sound quotas and warnings. Checks what real plans get wrong: cells that are not
 * counts, breakdowns that contradict their totals, units listed twice or unknown, quotas for units without sources,
 * quotas that do not add up to the plan's own target or ratio, and a plan that hands down less than its committee
 * received.
 *
 * <p>What loads when a row is wrong: a row's total is what a unit is rated against, so a sound total loads even when
 * its breakdown does not hold together, and the breakdown is dropped rather than guessed. A duplicate row never
 * loads: the first listing stands, so re-importing the same file gives the same quotas. Unknown units and units
 * without sources load with a warning, because the plan did assign them and the unit may register later.
 *
 * <p>Plan-wide sums are of the figures as written (see {@link PeriodSums}), so they match a sum done by hand.
 */
public final class PlanChecks {

    private PlanChecks() {
    }

    public static PlanImport check(PlanTable table, PlanContext context) {
        return new Run(table, context).run();
    }

    private static final class Run {
        private final PlanTable table;
        private final PlanContext context;
        private final List<PlanWarning> rowWarnings = new ArrayList<>();
        private final List<PlanWarning> planWarnings = new ArrayList<>();
        private final List<ListedUnit> units = new ArrayList<>();
        private final List<Quota> quotas = new ArrayList<>();
        private final Map<Period, Integer> totals = new LinkedHashMap<>();
        private final Map<Period, Map<Attribute, Integer>> parts = new LinkedHashMap<>();
        private final Map<UnitCode, TableRow> seen = new HashMap<>();
        private PlanReference plan;
        private UnitCode issuer;
        private Integer previousNumber;

        Run(PlanTable table, PlanContext context) {
            this.table = table;
            this.context = context;
        }

        PlanImport run() {
            Optional<PlanReference> reference = context.plan().or(table::plan);
            if (reference.isEmpty()) {
                planWarnings.add(PlanWarning.forPlan(PLAN_REFERENCE_MISSING,
                        "Không có số kế hoạch (trong tệp hoặc do người nhập cung cấp); không nạp chỉ tiêu nào.",
                        "No plan number, neither in the file nor given; no quota loaded.", Map.of()));
                return result(Optional.empty());
            }
            plan = reference.get();
            Optional<UnitCode> issuing = context.issuingUnit().or(() -> UnitCodes.issuerOf(plan));
            if (issuing.isEmpty()) {
                planWarnings.add(PlanWarning.forPlan(ISSUING_UNIT_MISSING,
                        "Không xác định được cấp ủy ban hành kế hoạch " + plan.number() + "; không nạp chỉ tiêu nào.",
                        "Cannot tell which committee issued plan " + plan.number() + "; no quota loaded.",
                        Map.of("plan", plan.number())));
                return result(Optional.empty());
            }
            issuer = issuing.get();
            table.periods().forEach(period -> totals.put(period, 0));
            checkPeriodsPresent();
            table.rows().forEach(this::checkRow);
            checkTotalRow();
            checkTargets();
            checkAgainstReceived();
            return result(Optional.of(plan));
        }

        private PlanImport result(Optional<PlanReference> reference) {
            List<PlanWarning> all = new ArrayList<>(table.warnings());
            all.addAll(rowWarnings);
            all.addAll(planWarnings);
            List<PeriodSums> sums = totals.entrySet().stream()
                    .map(entry -> new PeriodSums(entry.getKey(), context.metric(), entry.getValue(),
                            parts.getOrDefault(entry.getKey(), Map.of())))
                    .toList();
            return new PlanImport(reference, Optional.ofNullable(issuer), units, quotas, sums,
                    reference.isPresent() ? targets() : List.of(), all);
        }

        /**
         * The plan's own targets for the metric its table hands down, and, with an admissions table, those of metrics
         * no table hands down (seed 001's yearly classes, said in the same text): kept once, with the plan's main table.
         */
        private List<PlanTarget> targets() {
            List<PlanTarget> given = context.targets().isEmpty() ? table.targets() : context.targets();
            return given.stream().filter(target -> target.metric() == context.metric()
                    || context.metric() == Metric.ADMISSIONS && !Metric.PLANNED.contains(target.metric())).toList();
        }

        private void checkPeriodsPresent() {
            Set<Period> expected = new LinkedHashSet<>(context.expectedPeriods());
            targets().forEach(target -> expected.add(target.period()));
            for (Period period : expected) {
                if (!table.periods().contains(period)) {
                    planWarnings.add(PlanWarning.forPlan(PERIOD_COLUMNS_MISSING,
                            "Bảng không có cột chỉ tiêu " + period.vietnamese() + ".",
                            "The table has no columns for " + period.english() + ".",
                            Map.of("period", period.english())));
                }
            }
        }

        private void checkRow(PlanRow row) {
            TableRow at = row.row();
            checkSequence(at);
            if (row.name().isEmpty()) {
                rowWarnings.add(PlanWarning.atRow(at, null, UNIT_NAME_MISSING,
                        at.vietnamese() + ": có số liệu nhưng không có tên đơn vị; không nạp dòng này.",
                        at.english() + ": figures without a unit name; row not loaded.", Map.of()));
                return;
            }
            Optional<UnitCode> resolved = codeOf(row);
            if (resolved.isEmpty()) {
                return;
            }
            UnitCode code = resolved.get();
            context.knownUnits().filter(known -> !known.contains(code)).ifPresent(known ->
                    rowWarnings.add(PlanWarning.atRow(at, code, UNIT_UNKNOWN,
                            at.vietnamese() + " – " + row.name() + " (" + code + "): đơn vị chưa có trong danh sách "
                                    + "đơn vị; vẫn nạp chỉ tiêu.",
                            at.english() + " – " + row.name() + " (" + code + "): not a known unit; quotas loaded.",
                            Map.of("unitName", row.name()))));
            UnitKind kind = kindOf(row, code);
            TableRow first = seen.putIfAbsent(code, at);
            if (first != null) {
                rowWarnings.add(PlanWarning.atRow(at, code, DUPLICATE_UNIT,
                        at.vietnamese() + " – " + row.name() + ": đơn vị đã có ở " + first.vietnamese()
                                + "; giữ dòng trước, không nạp dòng này.",
                        at.english() + " – " + row.name() + ": unit already listed at " + first.english()
                                + "; the earlier row stands, this one is not loaded.",
                        Map.of("unitName", row.name(), "firstLine", first.line(), "firstListed", first.listed())));
                return;
            }
            units.add(new ListedUnit(code, row.name(), kind, at));
            for (Period period : table.periods()) {
                Cells figures = row.cellsFor(period)
                        .orElse(new Cells(new Cell.Blank(), Map.of()));
                quotaFrom(row, code, period, figures);
            }
        }

        private void checkSequence(TableRow at) {
            Integer number = wholeNumber(at.listed());
            if (number == null) {
                return;
            }
            if (previousNumber != null && number != previousNumber + 1) {
                rowWarnings.add(PlanWarning.atRow(at, null, ROW_NUMBER_OUT_OF_SEQUENCE,
                        at.vietnamese() + ": số thứ tự " + number + " không liền sau " + previousNumber
                                + "; kiểm tra dòng bị sót hoặc lặp.",
                        at.english() + ": number " + number + " does not follow " + previousNumber
                                + "; check for a missing or repeated row.",
                        Map.of("expected", previousNumber + 1, "found", number)));
            }
            previousNumber = number;
        }

        private Optional<UnitCode> codeOf(PlanRow row) {
            TableRow at = row.row();
            if (!row.code().isEmpty()) {
                if (UnitCodes.isValid(row.code())) {
                    return Optional.of(new UnitCode(row.code()));
                }
                rowWarnings.add(PlanWarning.atRow(at, null, UNIT_CODE_INVALID,
                        at.vietnamese() + " – " + row.name() + ": mã đơn vị \"" + row.code()
                                + "\" không hợp lệ; không nạp dòng này.",
                        at.english() + " – " + row.name() + ": \"" + row.code()
                                + "\" is not a unit code; row not loaded.",
                        Map.of("unitName", row.name(), "code", row.code())));
                return Optional.empty();
            }
            return Optional.of(context.knownUnits()
                    .flatMap(known -> known.findByName(row.name()))
                    .orElseGet(() -> UnitCodes.fromName(row.name())));
        }

        private UnitKind kindOf(PlanRow row, UnitCode code) {
            if (row.kind().isEmpty()) {
                return UnitKind.OTHER;
            }
            return UnitKindLabels.read(row.kind()).orElseGet(() -> {
                TableRow at = row.row();
                rowWarnings.add(PlanWarning.atRow(at, code, UNIT_KIND_UNKNOWN,
                        at.vietnamese() + " – " + row.name() + ": loại đơn vị \"" + row.kind()
                                + "\" không rõ (Đảng bộ, Chi bộ...); vẫn nạp chỉ tiêu.",
                        at.english() + " – " + row.name() + ": unit type \"" + row.kind()
                                + "\" not recognised; quotas loaded.",
                        Map.of("unitName", row.name(), "kind", row.kind())));
                return UnitKind.OTHER;
            });
        }

        private void quotaFrom(PlanRow row, UnitCode code, Period period, Cells figures) {
            TableRow at = row.row();
            String where = at.vietnamese() + " – " + row.name() + ", " + period.vietnamese();
            String whereEn = at.english() + " – " + row.name() + ", " + period.english();
            int total;
            switch (figures.total()) {
                case Cell.Blank blank -> {
                    rowWarnings.add(PlanWarning.atRow(at, code, TOTAL_MISSING,
                            where + ": ô tổng cộng để trống; không nạp chỉ tiêu này.",
                            whereEn + ": total cell blank; quota not loaded.",
                            Map.of("unitName", row.name(), "period", period.english())));
                    return;
                }
                case Cell.Unreadable unreadable -> {
                    rowWarnings.add(PlanWarning.atRow(at, code, NOT_A_NUMBER,
                            where + ": tổng cộng \"" + unreadable.text() + "\" không phải số nguyên; không nạp chỉ tiêu này.",
                            whereEn + ": total \"" + unreadable.text() + "\" is not a whole number; quota not loaded.",
                            Map.of("unitName", row.name(), "period", period.english(), "column", "TOTAL",
                                    "cell", unreadable.text())));
                    return;
                }
                case Cell.Given given when given.value() < 0 -> {
                    rowWarnings.add(PlanWarning.atRow(at, code, NEGATIVE_NUMBER,
                            where + ": tổng cộng âm (" + given.value() + "); không nạp chỉ tiêu này.",
                            whereEn + ": negative total (" + given.value() + "); quota not loaded.",
                            Map.of("unitName", row.name(), "period", period.english(), "column", "TOTAL",
                                    "cell", given.value())));
                    return;
                }
                case Cell.Given given -> total = given.value();
            }
            totals.merge(period, total, Integer::sum);
            Map<Attribute, Integer> periodParts = parts.computeIfAbsent(period, p -> new EnumMap<>(Attribute.class));
            figures.parts().keySet().forEach(attribute -> periodParts.putIfAbsent(attribute, 0));

            Map<Attribute, Integer> breakdown = new EnumMap<>(Attribute.class);
            boolean sound = true;
            boolean allBlank = figures.parts().values().stream().allMatch(Cell.Blank.class::isInstance);
            for (Map.Entry<Attribute, Cell> cell : figures.parts().entrySet()) {
                Attribute attribute = cell.getKey();
                switch (cell.getValue()) {
                    case Cell.Blank blank -> breakdown.put(attribute, 0);
                    case Cell.Unreadable unreadable -> {
                        sound = false;
                        rowWarnings.add(PlanWarning.atRow(at, code, NOT_A_NUMBER,
                                where + ": ô " + attribute.vietnamese() + " \"" + unreadable.text()
                                        + "\" không phải số nguyên; nạp tổng cộng " + total + ", bỏ phần chia.",
                                whereEn + ": " + attribute.english() + " cell \"" + unreadable.text()
                                        + "\" is not a whole number; loaded the total " + total + " without breakdown.",
                                Map.of("unitName", row.name(), "period", period.english(), "column", attribute.name(),
                                        "cell", unreadable.text(), "total", total)));
                    }
                    case Cell.Given given when given.value() < 0 -> {
                        sound = false;
                        rowWarnings.add(PlanWarning.atRow(at, code, NEGATIVE_NUMBER,
                                where + ": " + attribute.vietnamese() + " âm (" + given.value() + "); nạp tổng cộng "
                                        + total + ", bỏ phần chia.",
                                whereEn + ": negative " + attribute.english() + " (" + given.value()
                                        + "); loaded the total " + total + " without breakdown.",
                                Map.of("unitName", row.name(), "period", period.english(), "column", attribute.name(),
                                        "cell", given.value(), "total", total)));
                    }
                    case Cell.Given given -> {
                        breakdown.put(attribute, given.value());
                        periodParts.merge(attribute, given.value(), Integer::sum);
                    }
                }
            }
            if (sound) {
                for (Map.Entry<Attribute, Integer> part : breakdown.entrySet()) {
                    if (part.getValue() > total) {
                        sound = false;
                        Attribute attribute = part.getKey();
                        rowWarnings.add(PlanWarning.atRow(at, code, BREAKDOWN_EXCEEDS_TOTAL,
                                where + ": chỉ tiêu " + attribute.vietnamese() + " (" + part.getValue()
                                        + ") lớn hơn tổng cộng (" + total + "); nạp tổng cộng " + total
                                        + ", bỏ phần chia.",
                                whereEn + ": " + attribute.english() + " quota (" + part.getValue()
                                        + ") exceeds the total (" + total + "); loaded the total " + total
                                        + " without breakdown.",
                                Map.of("unitName", row.name(), "period", period.english(), "attribute",
                                        attribute.name(), "part", part.getValue(), "total", total)));
                    }
                }
            }
            Set<Attribute> partition = context.partsAddingUpToTotal();
            if (sound && !allBlank && !partition.isEmpty() && figures.parts().keySet().containsAll(partition)) {
                int sum = partition.stream().mapToInt(breakdown::get).sum();
                if (sum != total) {
                    sound = false;
                    Map<String, Object> values = new LinkedHashMap<>();
                    values.put("unitName", row.name());
                    values.put("period", period.english());
                    values.put("total", total);
                    values.put("sumOfParts", sum);
                    partition.forEach(attribute -> values.put(attribute.name(), breakdown.get(attribute)));
                    rowWarnings.add(PlanWarning.atRow(at, code, BREAKDOWN_DOES_NOT_ADD_UP,
                            where + ": các phần cộng lại được " + sum + ", khác tổng cộng " + total
                                    + "; nạp tổng cộng " + total + ", bỏ phần chia.",
                            whereEn + ": the parts add up to " + sum + ", not the total " + total
                                    + "; loaded the total " + total + " without breakdown.",
                            values));
                }
            }
            Map<Attribute, Integer> kept = sound && !allBlank ? breakdown : Map.of();
            quotas.add(new Quota(code, issuer, plan, period, context.metric(), total, kept));
            if (total > 0 && context.unitsWithoutSources().contains(code)) {
                rowWarnings.add(PlanWarning.atRow(at, code, QUOTA_WITHOUT_SOURCES,
                        where + ": được giao " + total + " nhưng đơn vị không còn nguồn; kế hoạch ghi đơn vị không "
                                + "còn nguồn thì không giao chỉ tiêu.",
                        whereEn + ": assigned " + total + " but the unit has no sources; units without sources "
                                + "should get no quota.",
                        Map.of("unitName", row.name(), "period", period.english(), "total", total)));
            }
        }

        private void checkTotalRow() {
            table.totalRow().ifPresent(totalRow -> {
                TableRow at = totalRow.row();
                for (Period period : table.periods()) {
                    Cells printed = totalRow.cellsFor(period).orElse(null);
                    if (printed == null) {
                        continue;
                    }
                    compareTotal(at, period, "TOTAL", "tổng cộng", "total", printed.total(), totals.get(period));
                    printed.parts().forEach((attribute, figure) -> compareTotal(at, period, attribute.name(),
                            attribute.vietnamese(), attribute.english(), figure,
                            parts.getOrDefault(period, Map.of()).getOrDefault(attribute, 0)));
                }
            });
        }

        private void compareTotal(TableRow at, Period period, String column, String vi, String en, Cell printed,
                                  int sum) {
            if (printed instanceof Cell.Given given && given.value() != sum) {
                planWarnings.add(PlanWarning.atRow(at, null, TOTAL_ROW_MISMATCH,
                        at.vietnamese() + ", " + period.vietnamese() + ": dòng tổng cộng ghi " + vi + " "
                                + given.value() + " nhưng các dòng cộng lại được " + sum + ".",
                        at.english() + ", " + period.english() + ": the total row prints " + en + " "
                                + given.value() + " but the rows add up to " + sum + ".",
                        Map.of("period", period.english(), "column", column, "printed", given.value(), "sum", sum)));
            }
        }

        private void checkTargets() {
            for (PlanTarget target : targets()) {
                Period period = target.period();
                if (!totals.containsKey(period)) {
                    continue;
                }
                int sum = totals.get(period);
                target.total().ifPresent(wanted -> checkSum(period, sum, wanted));
                for (RatioTarget ratio : target.ratios()) {
                    switch (ratio) {
                        case RatioTarget.ShareOfQuota share -> checkShare(period, sum, share);
                        case RatioTarget.ShareOfMembership rate ->
                                checkMembershipRate(period, target.total().orElse(sum), target.total().isPresent(), rate);
                    }
                }
            }
        }

        private void checkSum(Period period, int sum, int wanted) {
            if (sum == wanted) {
                return;
            }
            boolean below = sum < wanted;
            int difference = Math.abs(sum - wanted);
            planWarnings.add(PlanWarning.forPlan(below ? QUOTA_SUM_BELOW_TARGET : QUOTA_SUM_ABOVE_TARGET,
                    "Chỉ tiêu " + period.vietnamese() + " giao cho các đơn vị cộng lại được " + sum + ", "
                            + (below ? "thấp hơn" : "cao hơn") + " chỉ tiêu chung " + wanted + " của kế hoạch "
                            + difference + ".",
                    "The " + period.english() + " quotas assigned to units add up to " + sum + ", " + difference
                            + (below ? " below" : " above") + " the plan's own target of " + wanted + ".",
                    Map.of("period", period.english(), "sum", sum, "target", wanted, "difference", sum - wanted)));
        }

        private void checkShare(Period period, int sum, RatioTarget.ShareOfQuota share) {
            Attribute attribute = share.attribute();
            Map<Attribute, Integer> periodParts = parts.getOrDefault(period, Map.of());
            if (sum == 0 || !periodParts.containsKey(attribute)) {
                return;
            }
            int part = periodParts.get(attribute);
            if (Percentages.below(part, sum, share.atLeastPercent())) {
                BigDecimal actual = Percentages.of(part, sum);
                planWarnings.add(PlanWarning.forPlan(SHARE_BELOW_TARGET,
                        "Chỉ tiêu " + attribute.vietnamese() + " " + period.vietnamese() + " cộng lại được " + part
                                + "/" + sum + " = " + Percentages.vietnamese(actual) + ", dưới mục tiêu "
                                + Percentages.vietnamese(share.atLeastPercent()) + " trở lên.",
                        "The " + period.english() + " " + attribute.english() + " quotas add up to " + part + " of "
                                + sum + " = " + Percentages.english(actual) + ", below the target of at least "
                                + Percentages.english(share.atLeastPercent()) + ".",
                        Map.of("period", period.english(), "attribute", attribute.name(), "part", part, "total", sum,
                                "sharePercent", actual, "targetPercent", share.atLeastPercent())));
            }
        }

        private void checkMembershipRate(Period period, int number, boolean ownTarget,
                                         RatioTarget.ShareOfMembership rate) {
            // "A share of membership a year": only a year's figure is compared with that year's membership.
            OptionalInt stated = period.kind() == Period.Kind.YEAR ? context.membership().of(issuer, period.year())
                    : OptionalInt.empty();
            if (stated.isEmpty() || stated.getAsInt() == 0) {
                return;
            }
            int members = stated.getAsInt();
            boolean below = Percentages.below(number, members, rate.atLeastPercent());
            boolean above = rate.atMostPercent().map(most -> Percentages.above(number, members, most)).orElse(false);
            if (!below && !above) {
                return;
            }
            BigDecimal actual = Percentages.of(number, members);
            String wantedVi = rate.atMostPercent()
                    .map(most -> Percentages.vietnamese(rate.atLeastPercent()) + "–" + Percentages.vietnamese(most))
                    .orElse("từ " + Percentages.vietnamese(rate.atLeastPercent()) + " trở lên");
            String wantedEn = rate.atMostPercent()
                    .map(most -> Percentages.english(rate.atLeastPercent()) + "–" + Percentages.english(most))
                    .orElse("at least " + Percentages.english(rate.atLeastPercent()));
            String whatVi = ownTarget ? "Chỉ tiêu chung" : "Tổng chỉ tiêu giao";
            String whatEn = ownTarget ? "The plan's target" : "The sum of assigned quotas";
            planWarnings.add(PlanWarning.forPlan(MEMBERSHIP_RATE_OUTSIDE_TARGET,
                    whatVi + " " + period.vietnamese() + " là " + number + " trên " + members + " đảng viên = "
                            + Percentages.vietnamese(actual) + ", ngoài mức " + wantedVi + " số đảng viên.",
                    whatEn + " for " + period.english() + " is " + number + " of " + members + " members = "
                            + Percentages.english(actual) + ", outside " + wantedEn + " of membership.",
                    Map.of("period", period.english(), "number", number, "membership", members,
                            "ratePercent", actual, "atLeastPercent", rate.atLeastPercent())));
        }

        private void checkAgainstReceived() {
            List<Quota> received = context.received().stream()
                    .filter(quota -> quota.target().equals(issuer) && quota.metric() == context.metric())
                    .toList();
            for (PlanTarget target : targets()) {
                if (target.total().isEmpty()) {
                    continue;
                }
                int own = target.total().getAsInt();
                received.stream()
                        .filter(quota -> quota.period().equals(target.period()) && quota.total() > own)
                        .forEach(quota -> planWarnings.add(PlanWarning.forUnit(issuer, PLAN_TARGET_BELOW_RECEIVED,
                                "Chỉ tiêu chung " + target.period().vietnamese() + " của kế hoạch " + plan.number()
                                        + " là " + own + ", thấp hơn chỉ tiêu " + quota.total()
                                        + " cấp trên giao (" + quota.plan().number() + ").",
                                "Plan " + plan.number() + "'s own " + target.period().english() + " target is " + own
                                        + ", below the " + quota.total() + " received from above ("
                                        + quota.plan().number() + ").",
                                Map.of("period", target.period().english(), "target", own,
                                        "received", quota.total(), "receivedFrom", quota.plan().number()))));
            }
            planWarnings.addAll(LevelChecks.assignedAgainstReceived(received, quotas));
        }

        private static Integer wholeNumber(String text) {
            return text.matches("\\d{1,9}") ? Integer.valueOf(text) : null;
        }
    }
}
