package vn.pdv.aggregator.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.common.web.InvalidValue;

/**
 * The values the aggregator's paths and query parameters name, read once for every controller: a controller declares
 * {@code @PathVariable UnitCode unit} or {@code @RequestParam Period period} and gets the value or, for text that is
 * not one, a 400 problem naming the parameter, the rule, and what would be right, in Vietnamese and English. Spring
 * Boot registers each of these converters with MVC.
 */
public final class RequestValues {

    private RequestValues() {
    }

    /** Unit codes as the unit services accept them ({@link UnitCode#PATTERN}). */
    @Component
    static class ToUnitCode implements Converter<String, UnitCode> {

        @Override
        public UnitCode convert(String code) {
            String text = code.strip();
            if (!text.matches(UnitCode.PATTERN)) {
                throw new InvalidValue("invalid-unit-code",
                        "Mã đơn vị \"" + code + "\" không hợp lệ: cần 1–40 ký tự chữ, số, dấu chấm, gạch ngang hoặc gạch dưới.",
                        "Unit code \"" + code + "\" is not valid: give 1–40 letters, digits, dots, hyphens or underscores.");
            }
            return new UnitCode(text);
        }
    }

    /** A period by its code (2024, 2024-H1, 2024-Q2, 2020-2025), within 2000–2100. */
    @Component
    static class ToPeriod implements Converter<String, Period> {

        @Override
        public Period convert(String code) {
            return Period.ofCode(code).filter(period -> period.year() >= 2000 && period.endYear() <= 2100)
                    .orElseThrow(() -> new InvalidValue("invalid-period",
                            "Kỳ \"" + code + "\" không hợp lệ: cần năm (2024), 6 tháng (2024-H1), quý (2024-Q2) hoặc "
                                    + "nhiệm kỳ (2020-2025), trong khoảng 2000–2100.",
                            "Period \"" + code + "\" is not valid: give a year (2024), a half (2024-H1), a quarter "
                                    + "(2024-Q2) or a term (2020-2025), within 2000–2100."));
        }
    }

    /** An ISO day, 2025-07-01. */
    @Component
    static class ToDate implements Converter<String, LocalDate> {

        @Override
        public LocalDate convert(String text) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException notADate) {
                throw new InvalidValue("invalid-date", "\"" + text + "\" không phải ngày dạng YYYY-MM-DD.",
                        "\"" + text + "\" is not a date in the form YYYY-MM-DD.");
            }
        }
    }

    /** A metric quotas are set for: ADMISSIONS or SOURCES, in any case. */
    @Component
    static class ToPlannedMetric implements Converter<String, Metric> {

        @Override
        public Metric convert(String name) {
            return Metric.PLANNED.stream().filter(metric -> metric.name().equals(name.strip().toUpperCase(Locale.ROOT)))
                    .findFirst()
                    .orElseThrow(() -> new InvalidValue("invalid-metric",
                            "Chỉ tiêu \"" + name + "\" không hợp lệ: ADMISSIONS hoặc SOURCES.",
                            "Metric \"" + name + "\" is not ADMISSIONS or SOURCES."));
        }
    }
}
