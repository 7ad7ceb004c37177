package vn.pdv.aggregator.alert.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import vn.pdv.common.web.InvalidValue;

/**
 * From when alerts are listed: a day ({@code 2024-09-01}, from its first moment in Vietnam) or an instant
 * ({@code 2024-09-01T00:00:00Z}).
 */
record Since(Instant from) {

    /** Reads {@code since}; the day starts in the zone of the service's one clock. */
    @Component
    static class Reader implements Converter<String, Since> {

        private final Clock clock;

        Reader(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Since convert(String text) {
            String since = text.strip();
            try {
                return new Since(since.contains("T") ? Instant.parse(since)
                        : LocalDate.parse(since).atStartOfDay(clock.getZone()).toInstant());
            } catch (DateTimeException notADayNorAnInstant) {
                throw new InvalidValue("invalid-since",
                        "Mốc thời gian since \"" + text + "\" không hợp lệ: cần ngày (2024-09-01) hoặc thời điểm "
                                + "(2024-09-01T00:00:00Z).",
                        "Since \"" + text + "\" is not valid: give a day (2024-09-01) or an instant "
                                + "(2024-09-01T00:00:00Z).");
            }
        }
    }
}
