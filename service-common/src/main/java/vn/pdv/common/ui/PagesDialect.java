package vn.pdv.common.ui;

import java.time.ZoneId;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives templates {@code #fmt} ({@link Fmt}), {@code #links} ({@link Links}) and {@code #charts} ({@link Charts}),
 * in the template's own locale. Expression objects rather than {@code @bean} references because Thymeleaf 3.1.4+
 * refuses bean references where they are most needed — fragment parameters, {@code th:href}, {@code th:data-*} —
 * while expression objects work everywhere.
 */
final class PagesDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final Set<String> NAMES = Set.of("fmt", "links", "charts");

    private final ZoneId zone;
    private final MessageSource messages;
    private final Links links = new Links();

    PagesDialect(ZoneId zone, MessageSource messages) {
        super("PDV pages");
        this.zone = zone;
        this.messages = messages;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return NAMES;
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return switch (name) {
                    case "fmt" -> new Fmt(zone, context::getLocale);
                    case "links" -> links;
                    case "charts" -> new Charts(messages, context::getLocale);
                    default -> null;
                };
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
