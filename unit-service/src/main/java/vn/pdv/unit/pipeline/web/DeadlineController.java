package vn.pdv.unit.pipeline.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.unit.pipeline.Stage;
import vn.pdv.unit.pipeline.application.Pipeline;
import vn.pdv.unit.pipeline.rules.DueItem;

/**
 * The committee's deadline list: per candidate, what is overdue and what falls due by the coming Sunday, counted in
 * working days on the Vietnamese holiday calendar. {@code today} defaults to the committee's day on the service's
 * clock.
 */
@RestController
@RequestMapping("/api/deadlines")
class DeadlineController {

    private final Pipeline pipeline;
    private final Clock clock;

    DeadlineController(Pipeline pipeline, Clock clock) {
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @GetMapping
    DeadlineList due(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate today) {
        Pipeline.DueList due = pipeline.dueOn(today == null ? LocalDate.now(clock) : today);
        return new DeadlineList(due.today(), due.overdue().stream().map(DueView::of).toList(),
                due.dueThisWeek().stream().map(DueView::of).toList());
    }

    record DeadlineList(LocalDate today, List<DueView> overdue, List<DueView> dueThisWeek) {
    }

    record DueView(String candidateId, String branchCode, Stage stage, DueItem.Kind kind, LocalDate dueBy,
                   String description, String descriptionEn) {

        static DueView of(Pipeline.Due due) {
            return new DueView(due.candidate().id().value(), due.candidate().branch().value(), due.candidate().stage(),
                    due.item().kind(), due.item().dueBy(), due.item().description().vi(), due.item().description().en());
        }
    }
}
