package vn.pdv.stack.browser;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a page cost to load, resource by resource.
 *
 * @param resources the document and everything it fetched
 */
public record PageWeight(List<Resource> resources) {

    /**
     * @param transferred bytes over the network, headers included (compressed if the server compresses)
     * @param decoded     bytes of the body once decompressed
     */
    public record Resource(String url, long transferred, long decoded) {
    }

    public long transferred() {
        return resources.stream().mapToLong(Resource::transferred).sum();
    }

    public long decoded() {
        return resources.stream().mapToLong(Resource::decoded).sum();
    }

    /** The hosts the page fetched from: only the service's own, for a page that loads nothing from a CDN. */
    public Set<String> origins() {
        return resources.stream()
                .map(resource -> URI.create(resource.url()))
                .map(uri -> uri.getScheme() + "://" + uri.getAuthority())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Override
    public String toString() {
        StringBuilder lines = new StringBuilder();
        resources.forEach(resource -> lines.append(String.format("%9d %9d  %s%n", resource.transferred(),
                resource.decoded(), resource.url())));
        lines.append(String.format("%9d %9d  total (bytes transferred, decoded) in %d requests", transferred(),
                decoded(), resources.size()));
        return lines.toString();
    }
}
