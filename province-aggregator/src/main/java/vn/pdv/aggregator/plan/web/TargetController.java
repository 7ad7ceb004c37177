package vn.pdv.aggregator.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.plan.CountRange;
import vn.pdv.aggregator.plan.EnteredTarget;
import vn.pdv.aggregator.plan.PlanTarget;
import vn.pdv.aggregator.plan.RatioTarget;
import vn.pdv.aggregator.plan.application.TargetBook;
import vn.pdv.aggregator.quota.Attribute;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;
import vn.pdv.common.security.Caller;
import vn.pdv.common.web.FieldError;
import vn.pdv.common.web.Problems;

/**
 * {@code PUT /api/units/{code}/targets/{period}}: a unit's own target for a period as a document sets it in prose,
 * e.g. seed 003's "admit 3–4% of membership a year":
 * {@code {"plan": "141-CV/HU", "membership": {"atLeastPercent": 3, "atMostPercent": 4},
 * "shares": [{"attribute": "YOUTH_UNION", "atLeastPercent": 70}]}}. Replaces the unit's target for the period and
 * metric (ADMISSIONS unless {@code metric} says SOURCES or AWARENESS_CLASSES). Seed 001's "4–5 awareness classes a
 * year" is {@code {"plan": "104-KH/ĐUK", "metric": "AWARENESS_CLASSES", "count": {"atLeast": 4, "atMost": 5}}}. The
 * province administrator's, as plans are.
 */
@RestController
class TargetController {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TargetBook book;

    TargetController(TargetBook book) {
        this.book = book;
    }

    /** @param atMostPercent absent for "at least" ("trên 4%") */
    record Range(BigDecimal atLeastPercent, BigDecimal atMostPercent) {
    }

    record Share(String attribute, BigDecimal atLeastPercent) {
    }

    /** A number to land in, both ends inclusive: seed 001's "4–5 classes a year". */
    record Count(Integer atLeast, Integer atMost) {
    }

    /**
     * @param plan  the number of the document that sets the target, e.g. 141-CV/HU
     * @param total a number to reach as well, when the document gives one
     */
    record TargetBody(String plan, LocalDate planIssuedOn, String issuingBody, Metric metric, Integer total,
                      Range membership, List<Share> shares, Count count) {
    }

    record RatioView(String attribute, BigDecimal atLeastPercent, BigDecimal atMostPercent, String vietnamese,
                     String english) {

        static RatioView of(RatioTarget ratio) {
            String attribute = ratio instanceof RatioTarget.ShareOfQuota share ? share.attribute().name() : null;
            String whatVi = attribute == null ? " tổng số đảng viên" : " là "
                    + ((RatioTarget.ShareOfQuota) ratio).attribute().vietnamese();
            String whatEn = attribute == null ? " of membership" : " "
                    + ((RatioTarget.ShareOfQuota) ratio).attribute().english();
            return new RatioView(attribute, ratio.atLeastPercent(), ratio.atMost().orElse(null),
                    ratio.rangeVi() + whatVi, ratio.rangeEn() + whatEn);
        }
    }

    record Entered(String unit, String period, Metric metric, String plan, Integer total, List<RatioView> ratios,
                   Count count) {
    }

    @PutMapping("/api/units/{code}/targets/{period}")
    @PreAuthorize("@provinceAccess.toAdminister(#caller)")
    ResponseEntity<?> enter(Caller caller, @PathVariable UnitCode code, @PathVariable Period period,
                            @RequestBody TargetBody body) {
        List<FieldError> errors = new ArrayList<>();
        Metric metric = body.metric() == null ? Metric.ADMISSIONS : body.metric();
        if (!Metric.TARGETED.contains(metric)) {
            errors.add(new FieldError("metric", "metric-not-planned",
                    "Chỉ đặt mục tiêu cho kết nạp (ADMISSIONS), tạo nguồn (SOURCES) hoặc số lớp bồi dưỡng nhận thức "
                            + "về Đảng (AWARENESS_CLASSES).",
                    "Targets are set for ADMISSIONS, SOURCES or AWARENESS_CLASSES only.", metric));
        }
        boolean classes = metric == Metric.AWARENESS_CLASSES;
        Optional<CountRange> count = count(errors, body.count(), classes);
        if (classes && (body.total() != null || body.membership() != null
                || body.shares() != null && !body.shares().isEmpty())) {
            errors.add(new FieldError("count", "classes-count-only",
                    "Mục tiêu số lớp bồi dưỡng nhận thức về Đảng chỉ nêu khoảng số lớp (count), ví dụ từ 4 đến 5.",
                    "A target of awareness classes gives only a range of classes (count), e.g. 4 to 5.", null));
        }
        if (body.plan() == null || body.plan().isBlank()) {
            errors.add(new FieldError("plan", "NotBlank", "Cần nêu số văn bản đặt mục tiêu, ví dụ 141-CV/HU.",
                    "Give the number of the document that sets the target, e.g. 141-CV/HU.", body.plan()));
        }
        if (body.total() != null && body.total() < 0) {
            errors.add(new FieldError("total", "PositiveOrZero", "Chỉ tiêu không được âm.",
                    "A target cannot be negative.", body.total()));
        }
        List<RatioTarget> ratios = new ArrayList<>();
        Range range = body.membership();
        if (range != null) {
            boolean sound = percent(errors, "membership.atLeastPercent", range.atLeastPercent(), true)
                    & percent(errors, "membership.atMostPercent", range.atMostPercent(), false);
            if (sound && range.atMostPercent() != null && range.atMostPercent().compareTo(range.atLeastPercent()) < 0) {
                errors.add(new FieldError("membership.atMostPercent", "range-inverted",
                        "Mức trên (" + range.atMostPercent().toPlainString() + "%) nhỏ hơn mức dưới ("
                                + range.atLeastPercent().toPlainString() + "%) của khoảng tỷ lệ.",
                        "The top of the range (" + range.atMostPercent().toPlainString() + "%) is below its bottom ("
                                + range.atLeastPercent().toPlainString() + "%).", range.atMostPercent()));
            } else if (sound) {
                ratios.add(new RatioTarget.ShareOfMembership(range.atLeastPercent(),
                        Optional.ofNullable(range.atMostPercent())));
            }
        }
        List<Share> shares = body.shares() == null ? List.of() : body.shares();
        for (int i = 0; i < shares.size(); i++) {
            Share share = shares.get(i);
            Optional<Attribute> attribute = Attribute.named(share.attribute());
            if (attribute.isEmpty()) {
                errors.add(new FieldError("shares[" + i + "].attribute", "attribute-unknown",
                        "Không có thuộc tính báo cáo \"" + share.attribute() + "\"; ví dụ YOUTH_UNION, FEMALE.",
                        "No reporting attribute \"" + share.attribute() + "\"; e.g. YOUTH_UNION, FEMALE.",
                        share.attribute()));
            }
            if (percent(errors, "shares[" + i + "].atLeastPercent", share.atLeastPercent(), true)
                    && attribute.isPresent()) {
                ratios.add(new RatioTarget.ShareOfQuota(attribute.get(), share.atLeastPercent()));
            }
        }
        if (errors.isEmpty() && ratios.isEmpty() && body.total() == null && count.isEmpty()) {
            errors.add(new FieldError("membership", "target-empty",
                    "Cần nêu ít nhất một mục tiêu: tỷ lệ trên tổng số đảng viên, tỷ lệ theo thuộc tính hoặc số lượng.",
                    "Give at least one target: a share of membership, a share by attribute, or a total.", null));
        }
        if (!errors.isEmpty()) {
            return ResponseEntity.badRequest().body(Problems.invalid(errors));
        }
        PlanTarget target = new PlanTarget(period, metric,
                body.total() == null ? OptionalInt.empty() : OptionalInt.of(body.total()), ratios, count);
        EnteredTarget entered = book.enter(code, new PlanReference(body.plan(), Optional.ofNullable(body.planIssuedOn()),
                Optional.ofNullable(body.issuingBody()).filter(text -> !text.isBlank())), target);
        return ResponseEntity.ok(new Entered(code.value(), period.code(), metric, entered.plan().number(),
                body.total(), ratios.stream().map(RatioView::of).toList(), body.count()));
    }

    /**
     * The range of a count, which only a target of awareness classes has (and must have); adds the errors when it is
     * missing, given where it does not belong, negative or upside down.
     */
    private static Optional<CountRange> count(List<FieldError> errors, Count count, boolean classes) {
        if (count == null) {
            if (classes) {
                errors.add(new FieldError("count", "NotNull",
                        "Cần nêu khoảng số lớp, ví dụ {\"atLeast\": 4, \"atMost\": 5}.",
                        "Give the range of classes, e.g. {\"atLeast\": 4, \"atMost\": 5}.", null));
            }
            return Optional.empty();
        }
        if (!classes) {
            errors.add(new FieldError("count", "count-not-for-metric",
                    "Khoảng số lượng (count) chỉ dùng cho số lớp bồi dưỡng nhận thức về Đảng (AWARENESS_CLASSES).",
                    "A count range is for awareness classes (AWARENESS_CLASSES) only.", null));
            return Optional.empty();
        }
        boolean sound = true;
        if (count.atLeast() == null || count.atLeast() < 0) {
            errors.add(new FieldError("count.atLeast", "PositiveOrZero", "Cần nêu số lớp tối thiểu, không âm.",
                    "Give the lowest number of classes, not negative.", count.atLeast()));
            sound = false;
        }
        Integer atMost = count.atMost() == null ? count.atLeast() : count.atMost();
        if (sound && atMost < count.atLeast()) {
            errors.add(new FieldError("count.atMost", "range-inverted",
                    "Mức trên (" + atMost + " lớp) nhỏ hơn mức dưới (" + count.atLeast() + " lớp) của khoảng số lớp.",
                    "The top of the range (" + atMost + " classes) is below its bottom (" + count.atLeast()
                            + " classes).", atMost));
            sound = false;
        }
        return sound ? Optional.of(new CountRange(count.atLeast(), atMost)) : Optional.empty();
    }

    /** Whether the value is a percentage, 0 to 100; adds the error when not. */
    private static boolean percent(List<FieldError> errors, String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, "NotNull", "Cần nêu tỷ lệ phần trăm.", "Give a percentage.", null));
            }
            return !required;
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            errors.add(new FieldError(field, "percent-out-of-range",
                    "Tỷ lệ " + value.toPlainString() + "% nằm ngoài 0–100%.",
                    "The share " + value.toPlainString() + "% lies outside 0–100%.", value));
            return false;
        }
        return true;
    }
}
