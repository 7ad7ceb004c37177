package vn.pdv.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro specific records in the Confluent wire format, registering (or only looking up, with
 * {@code auto.register.schemas=false}) each record's schema under its subject: {@code <topic>-<record full name>}
 * unless {@value AvroSerdeConfig#VALUE_SUBJECT_NAME_STRATEGY} says the record's full name alone ({@link SubjectNames}).
 *
 * <p>Either Kafka creates it from properties ({@value AvroSerdeConfig#SCHEMA_REGISTRY_URL},
 * {@value AvroSerdeConfig#AUTO_REGISTER_SCHEMAS}, {@value AvroSerdeConfig#VALUE_SUBJECT_NAME_STRATEGY}) and calls
 * {@link #configure}, or code passes a {@link SchemaRegistryClient} it shares and closes itself. Null is written as
 * null (a tombstone).
 */
public final class AvroSerializer implements Serializer<SpecificRecord> {

    private SchemaRegistryClient registry;
    private boolean autoRegister;
    private SubjectNames subjectNames = SubjectNames.TOPIC_RECORD_NAME;
    private boolean ownsRegistry;
    private final ConcurrentMap<Schema, DatumWriter<SpecificRecord>> writers = new ConcurrentHashMap<>();

    /** For Kafka, which calls {@link #configure} next. */
    public AvroSerializer() {
    }

    /** Ready to use; the caller keeps ownership of the registry client. */
    public AvroSerializer(SchemaRegistryClient registry, boolean autoRegister) {
        this.registry = registry;
        this.autoRegister = autoRegister;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = AvroSerdeConfig.from(configs);
        this.registry = new SchemaRegistryClient(config.schemaRegistryUrl());
        this.autoRegister = config.autoRegisterSchemas();
        this.subjectNames = config.subjectNames();
        this.ownsRegistry = true;
    }

    @Override
    public byte[] serialize(String topic, SpecificRecord record) {
        if (record == null) {
            return null;
        }
        if (registry == null) {
            throw new IllegalStateException("AvroSerializer is not configured: " + AvroSerdeConfig.SCHEMA_REGISTRY_URL
                    + " is missing");
        }
        Schema schema = record.getSchema();
        String subject = subjectNames.subject(topic, schema);
        int id = autoRegister ? registry.register(subject, schema) : registry.lookUp(subject, schema);

        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        ByteBuffer header = ByteBuffer.allocate(WireFormat.HEADER_SIZE);
        WireFormat.writeHeader(id, header);
        out.writeBytes(header.array());
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        try {
            writers.computeIfAbsent(schema, s -> new SpecificDatumWriter<>(s, SpecificData.getForClass(record.getClass())))
                    .write(record, encoder);
            encoder.flush();
        } catch (IOException | AvroRuntimeException | NullPointerException | ClassCastException e) {
            // Avro reports a null in a non-null field as an NPE and a value of the wrong type as a CCE.
            throw new SerializationException("Cannot write " + schema.getFullName() + " to topic '" + topic
                    + "' as Avro: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        if (ownsRegistry && registry != null) {
            registry.close();
        }
    }
}
