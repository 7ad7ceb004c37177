package vn.pdv.aggregator.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.pdv.aggregator.fulfilment.Figure;
import vn.pdv.aggregator.fulfilment.Progress;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.plan.Fulfilment;

/**
 * A unit's fulfilment of a year's quotas and targets, as an input of its year-end quality rating (seed 001: "lấy kết
 * quả thực hiện công tác phát triển đảng viên là một trong những nội dung đánh giá, xếp loại"; seed 003: "dựa chỉ
 * tiêu phát triển đảng viên vào tiêu chí đánh giá … xếp loại chất lượng cuối năm").
 *
 * <p>Each quota of the year (admissions, sources) is exceeded above its number, met at it, not met below it; each
 * ratio target as {@link vn.pdv.aggregator.plan.RatioTarget#judge} says. The overall rating is <em>không đạt</em>
 * when any input falls short (the seeds ask to correct units that do not complete their quotas), <em>vượt</em> when
 * none falls short and at least one is exceeded, else <em>đạt</em>; none when the unit held no quota nor target for
 * the year. A ratio target that cannot be judged (no membership count stated) is listed and not counted.
 *
 * @param depth       0 for the unit asked about, 1 for the units directly beneath it, and so on
 * @param admissions  the year's admissions against the quota, if any
 * @param sources     the year's sources against the quota, if any
 * @param inputs      what the rating was made of, in order: admissions, sources, then each ratio target
 * @param provisional whether the year is still running: the rating may still change
 */
public record Rating(UnitCode unit, String name, int depth, int year, Figure admissions, Figure sources,
                     List<Input> inputs, Optional<Fulfilment> overall, boolean provisional) {

    /** One quota or target and how the unit did against it; {@code fulfilment} null when it cannot be judged. */
    public record Input(String what, String vietnamese, String english, Fulfilment fulfilment) {
    }

    public Rating {
        Objects.requireNonNull(unit, "unit");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(overall, "overall");
    }

    public static Rating of(UnitCode unit, int depth, int year, Progress progress, boolean provisional) {
        List<Input> inputs = new ArrayList<>();
        quota("ADMISSIONS", "Kết nạp đảng viên", "Admissions", progress.admissions()).ifPresent(inputs::add);
        quota("SOURCES", "Tạo nguồn", "Sources", progress.sources()).ifPresent(inputs::add);
        for (Progress.RatioProgress ratio : progress.ratios()) {
            inputs.add(new Input(ratio.target(), ratio.vietnamese(), ratio.english(), ratio.fulfilment()));
        }
        return new Rating(unit, progress.name(), depth, year, progress.admissions(), progress.sources(), inputs,
                overall(inputs.stream().map(Input::fulfilment).filter(Objects::nonNull).toList()), provisional);
    }

    /** The rule of the class comment, over the inputs that could be judged. */
    static Optional<Fulfilment> overall(List<Fulfilment> judged) {
        if (judged.isEmpty()) {
            return Optional.empty();
        }
        if (judged.contains(Fulfilment.NOT_MET)) {
            return Optional.of(Fulfilment.NOT_MET);
        }
        return Optional.of(judged.contains(Fulfilment.EXCEEDED) ? Fulfilment.EXCEEDED : Fulfilment.MET);
    }

    /** What the standing committee does with the unit: commend it, correct it, or neither. */
    public Optional<String> proposalVi() {
        return overall.flatMap(rating -> switch (rating) {
            case EXCEEDED -> Optional.of("Biểu dương, khen thưởng");
            case NOT_MET -> Optional.of("Chấn chỉnh, kiểm điểm");
            case MET -> Optional.empty();
        });
    }

    public Optional<String> proposalEn() {
        return overall.flatMap(rating -> switch (rating) {
            case EXCEEDED -> Optional.of("Commend");
            case NOT_MET -> Optional.of("Correct");
            case MET -> Optional.empty();
        });
    }

    private static Optional<Input> quota(String what, String vi, String en, Figure figure) {
        if (figure == null || figure.quota() == null) {
            return Optional.empty();
        }
        Fulfilment fulfilment = Fulfilment.ofCount(figure.actual(), figure.quota());
        return Optional.of(new Input(what, vi + ": " + figure.actual() + "/" + figure.quota() + " (" + fulfilment.vietnamese() + ")",
                en + ": " + figure.actual() + "/" + figure.quota() + " (" + fulfilment.english() + ")", fulfilment));
    }
}
