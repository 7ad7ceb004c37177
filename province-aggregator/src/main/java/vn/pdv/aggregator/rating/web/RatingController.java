package vn.pdv.aggregator.rating.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnknownUnit;
import vn.pdv.aggregator.plan.Fulfilment;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.rating.Rating;
import vn.pdv.aggregator.rating.application.Ratings;
import vn.pdv.aggregator.rating.file.RatingWorkbook;
import vn.pdv.aggregator.web.ProvinceAccess;
import vn.pdv.common.security.Caller;
import vn.pdv.common.web.Problems;

/**
 * {@code GET /api/ratings/{unit}/{year}}: the year-end rating input of the unit and every unit beneath it within the
 * caller's reach — per unit its quotas against what it reached, its ratio targets, and {@code rating} EXCEEDED (vượt),
 * MET (đạt) or NOT_MET (không đạt), null without quota or target; {@code ?format=xlsx} the same as the workbook a
 * standing committee signs (danh-gia-{unit}-{year}.xlsx).
 */
@RestController
class RatingController {

    private final Ratings ratings;
    private final ProvinceAccess access;

    RatingController(Ratings ratings, ProvinceAccess access) {
        this.ratings = ratings;
        this.access = access;
    }

    record InputView(String what, String vietnamese, String english, Fulfilment fulfilment) {
    }

    record RatingView(String unit, String name, int depth, Integer admissionsQuota, long admitted,
                      BigDecimal percentOfPlan, Integer sourcesQuota, long sources, List<InputView> inputs,
                      Fulfilment rating, String ratingVi, String proposal, String proposalEn) {

        static RatingView of(Rating rating) {
            return new RatingView(rating.unit().value(), rating.name(), rating.depth(), rating.admissions().quota(),
                    rating.admissions().actual(), rating.admissions().percentOfPlan(), rating.sources().quota(),
                    rating.sources().actual(), rating.inputs().stream().map(input -> new InputView(input.what(),
                    input.vietnamese(), input.english(), input.fulfilment())).toList(),
                    rating.overall().orElse(null), rating.overall().map(Fulfilment::vietnamese).orElse(null),
                    rating.proposalVi().orElse(null), rating.proposalEn().orElse(null));
        }
    }

    /** @param provisional whether the year still runs, so that a rating may yet change */
    record RatingsView(String unit, int year, LocalDate asOf, boolean provisional, List<RatingView> units) {
    }

    /** The units beneath are asked for within the caller's reach on the year's last day (today while it runs). */
    @GetMapping("/api/ratings/{unit}/{year}")
    @PreAuthorize("@provinceAccess.toReadPeriod(#caller, #unit, #year)")
    ResponseEntity<?> ratings(Caller caller, @PathVariable UnitCode unit, @PathVariable Period year,
                              @RequestParam(defaultValue = "json") String format) {
        if (year.kind() != Period.Kind.YEAR) {
            return ResponseEntity.badRequest().body(Problems.problem(HttpStatus.BAD_REQUEST, "year-expected",
                    "Đánh giá theo năm: cần năm (2024), không phải " + year.vietnamese() + ".",
                    "Ratings are by year: give a year (2024), not " + year.english() + ".", "year"));
        }
        if (!format.equals("json") && !format.equals("xlsx")) {
            return ResponseEntity.badRequest().body(Problems.problem(HttpStatus.BAD_REQUEST, "format-unknown",
                    "Định dạng \"" + format + "\" không có: chọn json hoặc xlsx.",
                    "No format \"" + format + "\": choose json or xlsx.", "format"));
        }
        Ratings.RatingList list = ratings.of(unit, year.year(), access.reachOf(caller, unit, year))
                .orElseThrow(() -> new UnknownUnit(unit));
        if (format.equals("xlsx")) {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(RatingWorkbook.MEDIA_TYPE))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(RatingWorkbook.fileName(list), StandardCharsets.UTF_8).build().toString())
                    .body(RatingWorkbook.write(list));
        }
        return ResponseEntity.ok(new RatingsView(unit.value(), list.year(), list.asOf(),
                list.ratings().stream().anyMatch(Rating::provisional),
                list.ratings().stream().map(RatingView::of).toList()));
    }
}
