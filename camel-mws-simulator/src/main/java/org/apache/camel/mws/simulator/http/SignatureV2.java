package org.apache.camel.mws.simulator.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 2 as MWS used it: the simulator's own implementation, independent of the client's, so that
 * a signing bug on either side shows up as a failure.
 */
public final class SignatureV2 {

    /** The parameter carrying the signature; never part of the string to sign. */
    public static final String SIGNATURE = "Signature";

    private SignatureV2() {
    }

    /**
     * {@code verb \n lower-case host \n path \n canonical query}, where the canonical query holds every parameter
     * but {@code Signature}, RFC 3986-encoded and sorted by encoded name in byte order.
     */
    public static String stringToSign(String method, String host, String path, Map<String, String> params) {
        TreeMap<String, String> sorted = new TreeMap<>(); // encoded names are ASCII: String order is byte order
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (!SIGNATURE.equals(e.getKey())) {
                sorted.put(FormEncoding.encode(e.getKey()), FormEncoding.encode(e.getValue() == null ? "" : e.getValue()));
            }
        }
        StringBuilder sb = new StringBuilder(512);
        sb.append(method.toUpperCase(Locale.ROOT)).append('\n').append(host.toLowerCase(Locale.ROOT)).append('\n')
                .append(path == null || path.isEmpty() ? "/" : path).append('\n');
        boolean first = true;
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            if (!first) {
                sb.append('&');
            }
            first = false;
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }

    /** The raw HMAC of {@code data}; {@code algorithm} is {@code HmacSHA256} or {@code HmacSHA1}. */
    public static byte[] hmac(String algorithm, String secretKey, String data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Unsupported signature method " + algorithm, e);
        }
    }

    /** The Base64 signature of the request. */
    public static String sign(String algorithm, String secretKey, String method, String host, String path,
            Map<String, String> params) {
        return Base64.getEncoder().encodeToString(hmac(algorithm, secretKey, stringToSign(method, host, path, params)));
    }

    /** Compares a computed MAC with the Base64 signature a client sent, in constant time. */
    static boolean matches(byte[] expected, String providedBase64) {
        byte[] provided;
        try {
            provided = Base64.getDecoder().decode(providedBase64.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, provided);
    }
}
