package org.apache.camel.component.mws.transport;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.camel.component.mws.catalog.MarketplaceSelection;

/**
 * Decides the base URL of an endpoint: the {@code endpoint} option when set, else the host serving its marketplaces;
 * and refuses plain HTTP to anything but the loopback interface unless explicitly allowed, because every request
 * carries the access key, the seller id and a replayable signature.
 */
public final class EndpointAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private EndpointAddress() {
    }

    /**
     * @param  endpoint                 the {@code endpoint} option (a base URL), or null
     * @param  marketplaces             the resolved {@code marketplace} option
     * @param  allowInsecureHttp        whether plain HTTP to a non-loopback host is allowed
     * @return                          the base URL: scheme, host, optional port and path prefix
     * @throws IllegalArgumentException when no host can be chosen, the URL is malformed, or plain HTTP is refused
     */
    public static URI resolve(String endpoint, MarketplaceSelection marketplaces, boolean allowInsecureHttp) {
        URI uri;
        if (endpoint != null && !endpoint.isBlank()) {
            uri = parse(endpoint.trim());
        } else if (marketplaces.host() != null) {
            uri = URI.create("https://" + marketplaces.host());
        } else if (!marketplaces.isEmpty()) {
            throw new IllegalArgumentException("The marketplaces " + marketplaces.marketplaceIds()
                                               + " are not in the catalog, so their MWS host is unknown: set the"
                                               + " endpoint option (e.g. endpoint=https://mws.amazonservices.com)");
        } else {
            throw new IllegalArgumentException("No MWS host: set the marketplace option (e.g. marketplace=US) or the"
                                               + " endpoint option (e.g. endpoint=https://mws.amazonservices.com)");
        }
        if ("http".equals(uri.getScheme()) && !allowInsecureHttp && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("Refusing plain HTTP to " + uri.getHost()
                                               + ": the access key, seller id and request signatures would travel"
                                               + " unencrypted. Use https, or set allowInsecureHttp=true for a"
                                               + " trusted network.");
        }
        return uri;
    }

    private static URI parse(String endpoint) {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The endpoint option '" + endpoint + "' is not a URL: " + e.getMessage(),
                    e);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"https".equals(scheme) && !"http".equals(scheme) || uri.getHost() == null) {
            throw new IllegalArgumentException("The endpoint option '" + endpoint
                                               + "' must be an http(s) base URL such as https://mws.amazonservices.com"
                                               + " or http://127.0.0.1:8480");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The endpoint option '" + endpoint
                                               + "' must be a base URL without user info, query or fragment");
        }
        try {
            return new URI(scheme, null, uri.getHost(), uri.getPort(), uri.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The endpoint option '" + endpoint + "' is not a URL", e);
        }
    }

    /**
     * @param  host a host name or address literal
     * @return      true for {@code localhost} and loopback address literals (no name is looked up)
     */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if ("localhost".equals(h) || h.endsWith(".localhost")) {
            return true;
        }
        if (IPV4.matcher(h).matches() || h.contains(":")) {
            try {
                // an address literal: parsed, never resolved
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
