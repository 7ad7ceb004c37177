package vn.pdv.common.architecture.tidy.thing.mail;

import org.springframework.stereotype.Component;
import vn.pdv.common.architecture.tidy.thing.Thing;

/** An adapter under a name the service declares ({@code mail}). */
@Component
public class ThingMail {

    public String subject(Thing thing) {
        return thing.name();
    }
}
