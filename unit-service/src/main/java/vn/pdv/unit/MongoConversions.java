package vn.pdv.unit;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.outbox.EventId;
import vn.pdv.unit.pipeline.CandidateId;

/** Typed ids are stored as plain strings, so documents stay readable and queryable. */
@Configuration(proxyBeanMethods = false)
class MongoConversions {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(
                new UnitCodeWriter(), new UnitCodeReader(),
                new CandidateIdWriter(), new CandidateIdReader(),
                new EventIdWriter(), new EventIdReader()));
    }

    @WritingConverter
    static final class UnitCodeWriter implements Converter<UnitCode, String> {
        @Override
        public String convert(UnitCode source) {
            return source.value();
        }
    }

    @ReadingConverter
    static final class UnitCodeReader implements Converter<String, UnitCode> {
        @Override
        public UnitCode convert(String source) {
            return new UnitCode(source);
        }
    }

    @WritingConverter
    static final class CandidateIdWriter implements Converter<CandidateId, String> {
        @Override
        public String convert(CandidateId source) {
            return source.value();
        }
    }

    @ReadingConverter
    static final class CandidateIdReader implements Converter<String, CandidateId> {
        @Override
        public CandidateId convert(String source) {
            return new CandidateId(source);
        }
    }

    @WritingConverter
    static final class EventIdWriter implements Converter<EventId, String> {
        @Override
        public String convert(EventId source) {
            return source.value();
        }
    }

    @ReadingConverter
    static final class EventIdReader implements Converter<String, EventId> {
        @Override
        public EventId convert(String source) {
            return new EventId(source);
        }
    }
}
