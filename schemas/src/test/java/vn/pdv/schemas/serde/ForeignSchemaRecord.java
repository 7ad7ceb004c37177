package vn.pdv.schemas.serde;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * A generic record dressed as a specific one, so the serializer can be handed a schema no generated class has
 * (another version of an event, as a producer built from other sources would write it).
 */
final class ForeignSchemaRecord extends SpecificRecordBase {

    private final GenericRecord record;

    ForeignSchemaRecord(GenericRecord record) {
        this.record = record;
    }

    @Override
    public Schema getSchema() {
        return record.getSchema();
    }

    @Override
    public Object get(int field) {
        return record.get(field);
    }

    @Override
    public void put(int field, Object value) {
        record.put(field, value);
    }
}
