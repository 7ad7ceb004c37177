#!/usr/bin/env python3
"""Reads PDV's unit-events topic with Confluent's own Python Avro consumer, as an independent check
that every record is in the Confluent wire format and decodes against the schema its id names.

Needs Debian's python3-confluent-kafka and python3-avro:
    apt-get install python3-confluent-kafka python3-avro
Usage (defaults suit the local demo):
    /usr/bin/python3 schemas/tools/read-topic.py [bootstrap] [registry-url] [topic]
Prints one line per record and a summary; exits 1 if any record failed to decode.
"""
import collections
import sys
import uuid

from confluent_kafka import Consumer, KafkaError
from confluent_kafka.avro.cached_schema_registry_client import CachedSchemaRegistryClient
from confluent_kafka.avro.serializer import SerializerError
from confluent_kafka.avro.serializer.message_serializer import MessageSerializer

bootstrap = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1:9092"
registry = sys.argv[2] if len(sys.argv) > 2 else "http://127.0.0.1:8081/apis/ccompat/v7"
topic = sys.argv[3] if len(sys.argv) > 3 else "pdv.unit-events"

# Keys are plain UTF-8 unit codes; values go through Confluent's own wire-format decoder.
serializer = MessageSerializer(CachedSchemaRegistryClient({"url": registry}))
consumer = Consumer({
    "bootstrap.servers": bootstrap,
    "group.id": "read-topic-" + str(uuid.uuid4()),
    "auto.offset.reset": "earliest",
    "enable.auto.commit": False,
})
consumer.subscribe([topic])

decoded, failed, idle = collections.Counter(), 0, 0
while idle < 10:
    message = consumer.poll(1.0)
    if message is None:
        idle += 1
        continue
    if message.error():
        if message.error().code() != KafkaError._PARTITION_EOF:
            print("error:", message.error())
        continue
    idle = 0
    try:
        value = serializer.decode_message(message.value(), is_key=False)
    except SerializerError as error:
        failed += 1
        print("FAILED to decode offset", message.offset(), ":", error)
        continue
    metadata = value["metadata"]
    kind = [name for name in ("candidateId", "targetUnitCode", "code") if name in value]
    decoded[metadata["unitCode"]] += 1
    print(f"{message.key().decode():>8} seq={metadata['sequence']:<6} {kind[0] if kind else '?'}={value.get(kind[0]) if kind else ''}")
consumer.close()
print(f"decoded {sum(decoded.values())} records from {len(decoded)} committees {dict(decoded)}; failed {failed}")
sys.exit(1 if failed else 0)
