package vn.pdv.common.ui;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Chart} as the JSON the page's {@code pdv.js} hands to Chart.js ({@code data-chart} on the canvas),
 * with the words of its title and legend resolved in the reader's language. Used by {@code layout/parts :: chart}.
 */
public final class Charts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final Supplier<Locale> locale;

    public Charts(MessageSource messages, Supplier<Locale> locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String json(Chart chart) {
        Locale reader = PageLocales.supported(locale.get());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", messages.getMessage(chart.title(), null, reader));
        json.put("unit", chart.unit().name().toLowerCase(Locale.ROOT));
        json.put("locale", reader.equals(PageLocales.VIETNAMESE) ? "vi-VN" : "en-GB");
        json.put("labels", chart.labels());
        json.put("series", chart.series().stream().map(series -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("label", messages.getMessage(series.label(), null, reader));
            one.put("style", series.style().name().toLowerCase(Locale.ROOT));
            one.put("values", series.values());
            return one;
        }).toList());
        return JSON.writeValueAsString(json);
    }
}
