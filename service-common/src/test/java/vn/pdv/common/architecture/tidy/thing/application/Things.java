package vn.pdv.common.architecture.tidy.thing.application;

import org.springframework.stereotype.Service;
import vn.pdv.common.architecture.tidy.thing.Thing;

/** An application service may carry Spring and use the domain. */
@Service
public class Things {

    public Thing make(String name) {
        return new Thing(name);
    }
}
