package org.apache.camel.component.mws.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 2 as MWS uses it (REFERENCE.md section 3). Pure functions: no state, no clock.
 */
public final class SignatureV2 {

    /** The parameter the signature travels in; never part of what is signed. */
    public static final String SIGNATURE = "Signature";

    private SignatureV2() {
    }

    /**
     * The canonical query: every parameter except {@code Signature}, names and values RFC 3986 encoded, sorted by
     * encoded name in byte order, joined as {@code name=value} with {@code &} (an empty value keeps its {@code =}).
     *
     * @param  parameters the request parameters, unencoded
     * @return            the canonical query string
     */
    public static String canonicalQuery(Map<String, String> parameters) {
        String[][] encoded = new String[parameters.size()][];
        int n = 0;
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            if (!SIGNATURE.equals(e.getKey())) {
                encoded[n++] = new String[] { Rfc3986.encode(e.getKey()), Rfc3986.encode(e.getValue()) };
            }
        }
        // encoded names are plain ASCII, so String order is byte order
        Arrays.sort(encoded, 0, n, (a, b) -> a[0].compareTo(b[0]));
        StringBuilder query = new StringBuilder(n * 32);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                query.append('&');
            }
            query.append(encoded[i][0]).append('=').append(encoded[i][1]);
        }
        return query.toString();
    }

    /**
     * @param  httpMethod     {@code POST} or {@code GET}
     * @param  hostHeader     the host as signed: lower-cased by this method, with {@code :port} only when the port is
     *                        not the scheme's default (see {@link #hostHeader(String, String, int)})
     * @param  path           the request path; empty means {@code /}
     * @param  canonicalQuery the result of {@link #canonicalQuery(Map)}
     * @return                the string to sign: verb, host, path and query separated by newlines
     */
    public static String stringToSign(String httpMethod, String hostHeader, String path, String canonicalQuery) {
        String p = path == null || path.isEmpty() ? "/" : path;
        return httpMethod.toUpperCase(Locale.ROOT) + '\n' + hostHeader.toLowerCase(Locale.ROOT) + '\n' + p + '\n'
               + canonicalQuery;
    }

    /**
     * @param  scheme {@code https} or {@code http}
     * @param  host   the host name or address
     * @param  port   the port, or -1 for the scheme's default
     * @return        the host as it appears in the string to sign: {@code host} or {@code host:port}
     */
    public static String hostHeader(String scheme, String host, int port) {
        String h = host.toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || "https".equalsIgnoreCase(scheme) && port == 443
                || "http".equalsIgnoreCase(scheme) && port == 80;
        return defaultPort ? h : h + ":" + port;
    }

    /**
     * @param  stringToSign the string to sign
     * @param  secretKey    the Secret Key
     * @param  method       the HMAC algorithm
     * @return              the Base64 HMAC of the string: the {@code Signature} value (before form encoding)
     */
    public static String sign(String stringToSign, String secretKey, SignatureMethod method) {
        return sign(stringToSign, newMac(secretKey, method));
    }

    static String sign(String stringToSign, Mac mac) {
        return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    }

    static Mac newMac(String secretKey, SignatureMethod method) {
        if (secretKey == null || secretKey.isEmpty()) {
            throw new IllegalArgumentException("The MWS secretKey is not set");
        }
        try {
            Mac mac = Mac.getInstance(method.name());
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), method.name()));
            return mac;
        } catch (GeneralSecurityException e) {
            // every Java platform has both algorithms; the key is never part of the message
            throw new IllegalStateException("Cannot initialise " + method + " for MWS signing", e);
        }
    }
}
