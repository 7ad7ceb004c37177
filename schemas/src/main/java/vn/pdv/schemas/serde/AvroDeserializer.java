package vn.pdv.schemas.serde;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads values in the Confluent wire format: fetches the writer schema by the id in the header, then decodes the
 * body into the generated class of the same full name when it is on the classpath (resolving the writer schema
 * against the class's own schema, so older and newer writers both decode), or into a {@code GenericRecord} (or a
 * plain value for non-record schemas) when it is not. Null is read as null (a tombstone).
 *
 * <p>Either Kafka creates it from properties ({@value AvroSerdeConfig#SCHEMA_REGISTRY_URL}) and calls
 * {@link #configure}, or code passes a {@link SchemaRegistryClient} it shares and closes itself.
 *
 * <p>Returns {@code Object} like Confluent's deserializer, so a topic may also carry records this service has no
 * class for; callers switch on the type ({@code case SourceCreated created -> ...}).
 */
public final class AvroDeserializer implements Deserializer<Object> {

    private SchemaRegistryClient registry;
    private boolean ownsRegistry;
    private final ConcurrentMap<Integer, Reader> readers = new ConcurrentHashMap<>();

    /** For Kafka, which calls {@link #configure} next. */
    public AvroDeserializer() {
    }

    /** Ready to use; the caller keeps ownership of the registry client. */
    public AvroDeserializer(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.registry = new SchemaRegistryClient(AvroSerdeConfig.from(configs).schemaRegistryUrl());
        this.ownsRegistry = true;
    }

    @Override
    public Object deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (registry == null) {
            throw new IllegalStateException("AvroDeserializer is not configured: "
                    + AvroSerdeConfig.SCHEMA_REGISTRY_URL + " is missing");
        }
        int id = WireFormat.schemaId(topic, bytes);
        Reader reader = readers.get(id);
        if (reader == null) {
            // Not computeIfAbsent: that would hold a map lock during the registry round trip.
            Reader fresh = readerFor(id);
            reader = Objects.requireNonNullElse(readers.putIfAbsent(id, fresh), fresh);
        }
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, WireFormat.HEADER_SIZE,
                bytes.length - WireFormat.HEADER_SIZE, null);
        Object value;
        try {
            value = reader.datumReader().read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new UndecodableAvroException(topic, id, reader.description(), String.valueOf(e.getMessage()), e);
        }
        try {
            if (!decoder.isEnd()) {
                // A body longer than the schema explains was written with another schema than the header names.
                throw new UndecodableAvroException(topic, id, reader.description(),
                        "bytes left over after the value; was it written with another schema?", null);
            }
        } catch (IOException e) {
            throw new UndecodableAvroException(topic, id, reader.description(), String.valueOf(e.getMessage()), e);
        }
        return value;
    }

    @Override
    public void close() {
        if (ownsRegistry && registry != null) {
            registry.close();
        }
    }

    private Reader readerFor(int id) {
        Schema writer = registry.schemaById(id);
        Class<?> generated = writer.getType() == Schema.Type.RECORD ? generatedClass(writer.getFullName()) : null;
        if (generated == null) {
            return new Reader(new GenericDatumReader<>(writer, writer, GenericData.get()),
                    writer.getFullName() + ", read as generic data");
        }
        SpecificData model = SpecificData.getForClass(generated);
        return new Reader(new SpecificDatumReader<>(writer, model.getSchema(generated), model),
                writer.getFullName() + ", read into " + generated.getName());
    }

    private static Class<?> generatedClass(String fullName) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            Class<?> found = Class.forName(fullName, false,
                    loader != null ? loader : AvroDeserializer.class.getClassLoader());
            return SpecificRecord.class.isAssignableFrom(found) ? found : null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private record Reader(DatumReader<Object> datumReader, String description) {
    }
}
