package vn.pdv.schemas.serde;

import java.net.URI;

import org.apache.kafka.common.errors.SerializationException;

/** The schema registry could not be reached at all (refused, timed out, connection reset). */
public final class SchemaRegistryUnreachableException extends SerializationException {

    private final URI url;

    SchemaRegistryUnreachableException(URI url, Throwable cause) {
        super("Schema registry unreachable at " + url + ": " + describe(cause), cause);
        this.url = url;
    }

    /** The JDK's connect errors often carry no message; name each exception in the chain instead. */
    private static String describe(Throwable cause) {
        StringBuilder description = new StringBuilder();
        for (Throwable t = cause; t != null && t != t.getCause(); t = t.getCause()) {
            description.append(description.isEmpty() ? "" : ", caused by ").append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                description.append(" (").append(t.getMessage()).append(')');
            }
        }
        return description.toString();
    }

    /** The request URL that failed. */
    public URI url() {
        return url;
    }
}
