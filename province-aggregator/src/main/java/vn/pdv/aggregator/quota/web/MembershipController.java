package vn.pdv.aggregator.quota.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Memberships;
import vn.pdv.aggregator.web.Problems;

/** {@code PUT /api/units/{code}/membership/{year}} with {@code {"members": 3600}}: the count a rate target needs. */
@RestController
class MembershipController {

    private final Memberships memberships;
    private final Hierarchy hierarchy;

    MembershipController(Memberships memberships, Hierarchy hierarchy) {
        this.memberships = memberships;
        this.hierarchy = hierarchy;
    }

    record Membership(Integer members) {
    }

    record Stated(String unit, int year, int members) {
    }

    @PutMapping("/api/units/{code}/membership/{year}")
    ResponseEntity<?> state(@PathVariable String code, @PathVariable int year, @RequestBody Membership body) {
        if (year < 2000 || year > 2100) {
            return Problems.badRequest("invalid-year", "Năm " + year + " ngoài khoảng 2000–2100.",
                    "Year " + year + " is outside 2000–2100.", "year");
        }
        if (body == null || body.members() == null || body.members() < 0) {
            return Problems.badRequest("invalid-members", "Cần số đảng viên (members) là số nguyên không âm.",
                    "members must be a whole number, not negative.", "members");
        }
        UnitCode unit = new UnitCode(code);
        if (hierarchy.find(unit).isEmpty()) {
            return Problems.unknownUnit(code);
        }
        memberships.state(unit, year, body.members());
        return ResponseEntity.ok(new Stated(code, year, body.members()));
    }
}
