package vn.pdv.common.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Links to the page the reader is on with one query parameter changed, for the language switch
 * ({@code ${#links.with('lang', 'en')}}) and sortable headers ({@code sort=quota,desc}); every other parameter
 * (period, day, filters) stays. When htmx asks for a part of a page, the links point at the page in the address bar
 * (htmx's {@code HX-Current-URL}), not at the part, so a refreshed table's headers still sort the whole page.
 * Links are relative to the server (path and query), so they survive a proxy in front.
 */
public final class Links {

    static final String HTMX_CURRENT_URL = "HX-Current-URL";

    /** The current page's path and query with {@code parameter} set to {@code value} (removed when null). */
    public String with(String parameter, Object value) {
        HttpServletRequest request = currentRequest();
        UriComponentsBuilder page = UriComponentsBuilder.fromUriString(pageOf(request));
        if (value == null) {
            page.replaceQueryParam(parameter);
        } else {
            page.replaceQueryParam(parameter, UriUtils.encodeQueryParam(value.toString(), StandardCharsets.UTF_8));
        }
        return page.build(true).toUriString();
    }

    /** The current page's path and query, as the address bar shows it. */
    public String current() {
        return pageOf(currentRequest());
    }

    private static String pageOf(HttpServletRequest request) {
        String shown = request.getHeader(HTMX_CURRENT_URL);
        if (shown != null && "true".equals(request.getHeader("HX-Request"))) {
            try {
                URI address = URI.create(shown);
                if (address.getRawPath() != null) {
                    return address.getRawPath() + (address.getRawQuery() == null ? "" : "?" + address.getRawQuery());
                }
            } catch (IllegalArgumentException malformed) {
                // a header the browser did not write: fall back to the request itself
            }
        }
        return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }

    private static HttpServletRequest currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest();
        }
        throw new IllegalStateException("Links are made while a page is rendered for a request");
    }
}
