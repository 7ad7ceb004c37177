package vn.pdv.aggregator;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import vn.pdv.stack.TestStackInitializer;

/**
 * The aggregator on a random port, consuming the shared test stack's real broker through the real registry and trusting
 * the test Keycloak; tests call it as the province administrator ({@link #PROVINCE_ADMIN}) unless access is their
 * subject.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + AggregatorApplication.CONFIG_NAME)
@ContextConfiguration(initializers = TestStackInitializer.class)
public @interface AggregatorTest {

    /** The demo account of the province administrator, who reads and changes everything. */
    String PROVINCE_ADMIN = "province.admin";
}
