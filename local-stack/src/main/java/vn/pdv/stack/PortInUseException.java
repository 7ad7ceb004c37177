package vn.pdv.stack;

/** A fixed port a local service needs is already taken, most often by a PDV that is still running. */
public final class PortInUseException extends IllegalStateException {

    private final int port;
    private final String service;

    public PortInUseException(int port, String service) {
        super("Cổng %d (%s) đang bị chiếm — PDV có thể đang chạy rồi / Port %d (%s) is already in use — is PDV already running?"
                .formatted(port, service, port, service));
        this.port = port;
        this.service = service;
    }

    public int port() {
        return port;
    }

    public String service() {
        return service;
    }
}
