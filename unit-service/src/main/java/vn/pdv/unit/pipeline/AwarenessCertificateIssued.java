package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;

/** The candidate holds the awareness-class certificate (giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng). */
public record AwarenessCertificateIssued(CandidateId candidate, UnitCode branch, String certificateNumber, LocalDate issuedOn,
                                         ReportingAttributes attributes) implements CandidateEvent {

    @Override
    public LocalDate occurredOn() {
        return issuedOn;
    }
}
