package vn.pdv.unit.pipeline.rules;

import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import vn.pdv.unit.pipeline.application.RuleProperties;

/**
 * The settings of a committee that sets none, bound as the service binds them: the defaults are written once, on
 * {@link RuleProperties}, and the rules' tests read them from there.
 */
public final class RuleSettingsFixture {

    private RuleSettingsFixture() {
    }

    public static RuleSettings defaultSettings() {
        return boundFrom(Map.of()).toSettings();
    }

    /** {@code pdv.rules.*} bound from these properties only, e.g. {@code pdv.rules.probation-months → 12}. */
    public static RuleProperties boundFrom(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("pdv.rules", RuleProperties.class);
    }
}
