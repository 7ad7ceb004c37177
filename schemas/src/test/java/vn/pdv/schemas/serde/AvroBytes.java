package vn.pdv.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Avro bytes made with plain Avro, independently of the code under test: the body alone, and the whole value the
 * way Confluent's {@code KafkaAvroSerializer} frames it (magic byte, {@code DataOutputStream.writeInt} id, body).
 */
final class AvroBytes {

    private AvroBytes() {
    }

    static byte[] confluentFramed(int schemaId, IndexedRecord record) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(0);
            new DataOutputStream(out).writeInt(schemaId);
            out.write(body(record));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plain Avro binary encoding of the record with its own schema. */
    static byte[] body(IndexedRecord record) {
        GenericData model = record instanceof SpecificRecord ? SpecificData.getForClass(record.getClass())
                : GenericData.get();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            new GenericDatumWriter<IndexedRecord>(record.getSchema(), model).write(record, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GenericRecord decode(byte[] body, Schema writer) {
        try {
            return new GenericDatumReader<GenericRecord>(writer).read(null,
                    DecoderFactory.get().binaryDecoder(body, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record as a generic record of another, resolvable schema (Avro schema resolution does the mapping). */
    static GenericRecord asGeneric(IndexedRecord record, Schema target) {
        try {
            return new GenericDatumReader<GenericRecord>(record.getSchema(), target).read(null,
                    DecoderFactory.get().binaryDecoder(body(record), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
