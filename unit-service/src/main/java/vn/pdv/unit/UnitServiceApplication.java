package vn.pdv.unit;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The service a commune or bloc committee runs for itself and its subordinate branches.
 *
 * <p>Its configuration file is {@code unit-service.yml}, not {@code application.yml}, so that it can
 * share a JVM (the local demo) with the province aggregator without one shadowing the other.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class UnitServiceApplication {

    public static final String CONFIG_NAME = "unit-service";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(UnitServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
