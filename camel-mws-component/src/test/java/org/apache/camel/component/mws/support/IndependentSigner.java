package org.apache.camel.component.mws.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A second, deliberately different implementation of Signature Version 2 (URLEncoder plus the three fix-ups Amazon's
 * own Java client made, a TreeMap sort) to check the component's requests against.
 */
public final class IndependentSigner {

    private IndependentSigner() {
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    public static String canonical(Map<String, String> params) {
        TreeMap<String, String> sorted = new TreeMap<>();
        params.forEach((k, v) -> {
            if (!"Signature".equals(k)) {
                sorted.put(encode(k), encode(v));
            }
        });
        return sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    public static String signature(String method, String host, String path, Map<String, String> params, String secret,
            String algorithm) throws Exception {
        String toSign = method + "\n" + host.toLowerCase() + "\n" + path + "\n" + canonical(params);
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
        return Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @return the exact body a correct client posts for these parameters: the canonical query, then the signature
     */
    public static String expectedBody(String host, String path, Map<String, String> params, String secret,
            String algorithm) throws Exception {
        return canonical(params) + "&Signature=" + encode(signature("POST", host, path, params, secret, algorithm));
    }
}
