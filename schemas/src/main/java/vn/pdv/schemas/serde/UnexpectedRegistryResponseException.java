package vn.pdv.schemas.serde;

import java.net.URI;

import org.apache.kafka.common.errors.SerializationException;

/** The registry answered, but not with something this client can use (e.g. HTTP 500, 422, a non-Avro schema). */
public final class UnexpectedRegistryResponseException extends SerializationException {

    private final int status;

    UnexpectedRegistryResponseException(String method, URI url, int status, String problem, Throwable cause) {
        super("Schema registry answered " + method + " " + url + " with HTTP " + status + ": " + problem, cause);
        this.status = status;
    }

    /** The HTTP status the registry answered with. */
    public int status() {
        return status;
    }
}
