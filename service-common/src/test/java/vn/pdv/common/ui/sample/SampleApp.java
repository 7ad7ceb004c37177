package vn.pdv.common.ui.sample;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** The sample app on a random port, one configuration for every web test here so Spring starts it once. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.messages.basename=messages/sample",
                "pdv.ui.live-heartbeat=200ms",
                "server.compression.enabled=true"})
public @interface SampleApp {
}
