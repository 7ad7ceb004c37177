package vn.pdv.unit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import vn.pdv.stack.TestStackInitializer;

/**
 * A unit service on a random port, wired to the shared test stack (real Kafka, schema registry and
 * MongoDB, in a database of its own), serving committee {@code DUK-01}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + UnitServiceApplication.CONFIG_NAME, "pdv.committee.code=DUK-01"})
@ContextConfiguration(initializers = TestStackInitializer.class)
public @interface UnitServiceTest {
}
