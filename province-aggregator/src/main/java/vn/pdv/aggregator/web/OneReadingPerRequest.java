package vn.pdv.aggregator.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.pdv.aggregator.mongo.GuardedMirror;

/**
 * Each request is one reading of the read caches ({@link GuardedMirror#oneReading}): they catch up with MongoDB once,
 * on the request's first read of each, and every figure of the answer comes from that one state. A status of a
 * province and its hundred children sums hundreds of subtrees; without this each sum would first ask MongoDB what
 * changed.
 */
@Component
class OneReadingPerRequest extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            GuardedMirror.oneReading(() -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (ServletException | IOException | RuntimeException passedOn) {
            throw passedOn;
        } catch (Exception unexpected) {
            throw new ServletException(unexpected);
        }
    }
}
