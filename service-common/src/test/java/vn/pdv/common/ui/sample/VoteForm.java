package vn.pdv.common.ui.sample;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.pdv.common.ui.Fmt;

/** A branch's vote on admitting a candidate, as the Party's form asks it. */
public record VoteForm(
        @NotBlank String branch,
        @NotNull @Min(1) Integer officialMembers,
        @NotNull @Min(0) Integer present,
        @NotNull @Min(0) Integer inFavour,
        @PastOrPresent @DateTimeFormat(pattern = Fmt.DATE_INPUT) LocalDate votedOn) {

    static VoteForm empty() {
        return new VoteForm("DUK-01-CB1", null, null, null, null);
    }
}
