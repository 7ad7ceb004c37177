package vn.pdv.common.architecture.untidy.thing;

import org.springframework.stereotype.Service;
import vn.pdv.common.architecture.untidy.thing.web.ThingView;

/** Breaks two rules: Spring in the domain, and the domain reaching into its web adapter. */
@Service
public class Thing {

    public ThingView view() {
        return new ThingView("thing");
    }
}
