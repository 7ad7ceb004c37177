package vn.pdv.aggregator.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.common.security.Caller;
import vn.pdv.common.ui.SignedInUser;

/**
 * Every page of the aggregator names who is signed in, and their unit, in the header beside the sign-out button
 * (service-common's layout): a person sharing a computer at the committee's office sees whose session it is.
 */
@ControllerAdvice(annotations = ProvincePage.class)
class PageAdvice {

    private final Hierarchy hierarchy;

    PageAdvice(Hierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    @ModelAttribute(SignedInUser.MODEL_ATTRIBUTE)
    SignedInUser signedInUser(Caller caller) {
        String unit = caller.unit() == null ? "" : unitName(caller.unit());
        return new SignedInUser(caller.name() == null ? "" : caller.name(), unit);
    }

    private String unitName(String code) {
        try {
            return hierarchy.find(new UnitCode(code)).map(Unit::name).map(name -> name + " (" + code + ")")
                    .orElse(code);
        } catch (IllegalArgumentException notACode) {
            return code;
        }
    }
}
