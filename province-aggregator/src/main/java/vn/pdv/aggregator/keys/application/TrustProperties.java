package vn.pdv.aggregator.keys.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which keys the aggregator trusts besides the directory ({@code pdv.signing.*}).
 *
 * @param localStack also trust the local stack's well-known committee keys (ids {@code <code>@local-stack}): the demo
 *                   and tests only, whose unit services sign with them; anyone can derive them
 * @param cacheFor   how long a key looked up in the directory is used before it is read again: the longest a
 *                   revocation made through another aggregator instance takes to apply here
 */
@ConfigurationProperties("pdv.signing")
public record TrustProperties(@DefaultValue("false") boolean localStack, @DefaultValue("5s") Duration cacheFor) {
}
