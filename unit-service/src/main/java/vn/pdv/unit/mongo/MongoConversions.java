package vn.pdv.unit.mongo;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.outbox.EventId;
import vn.pdv.unit.pipeline.CandidateId;

/** Typed ids are stored as plain strings, so documents stay readable and queryable. */
@Configuration(proxyBeanMethods = false)
class MongoConversions {

    /** Records with a single {@code String value} component. */
    private static final List<Class<? extends Record>> TYPED_IDS = List.of(UnitCode.class, CandidateId.class, EventId.class);

    /** Looked up once per type: every event, candidate and person read or written converts several ids. */
    private static final ClassValue<Method> VALUE = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            return type.getRecordComponents()[0].getAccessor();
        }
    };

    private static final ClassValue<Constructor<?>> CANONICAL = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            try {
                return type.getDeclaredConstructor(String.class);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("No canonical constructor on " + type.getSimpleName(), e);
            }
        }
    };

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(new TypedIdWriter(), new TypedIdReader()));
    }

    @WritingConverter
    static final class TypedIdWriter implements GenericConverter {

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return TYPED_IDS.stream().map(type -> new ConvertiblePair(type, String.class)).collect(Collectors.toSet());
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (source == null) {
                return null;
            }
            try {
                return VALUE.get(source.getClass()).invoke(source);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + source.getClass().getSimpleName(), e);
            }
        }
    }

    @ReadingConverter
    static final class TypedIdReader implements GenericConverter {

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return TYPED_IDS.stream().map(type -> new ConvertiblePair(String.class, type)).collect(Collectors.toSet());
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (source == null) {
                return null;
            }
            try {
                return CANONICAL.get(targetType.getType()).newInstance(source);
            } catch (InvocationTargetException e) {
                throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot make a " + targetType.getType().getSimpleName(), e);
            }
        }
    }
}
