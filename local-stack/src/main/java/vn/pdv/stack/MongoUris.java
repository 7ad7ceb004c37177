package vn.pdv.stack;

/** Connection-string handling shared by the tests and the local demo. */
public final class MongoUris {

    private MongoUris() {
    }

    /** Puts {@code database} into the path of a MongoDB URI, keeping hosts and options. */
    public static String withDatabase(String uri, String database) {
        int hostsStart = uri.indexOf("://") + 3;
        int optionsStart = uri.indexOf('?', hostsStart);
        String options = optionsStart < 0 ? "" : uri.substring(optionsStart);
        String beforeOptions = optionsStart < 0 ? uri : uri.substring(0, optionsStart);
        int pathStart = beforeOptions.indexOf('/', hostsStart);
        String hosts = pathStart < 0 ? beforeOptions : beforeOptions.substring(0, pathStart);
        return hosts + "/" + database + options;
    }
}
