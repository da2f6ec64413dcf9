package org.apache.camel.mws.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SignatureV2Test {

    @SuppressWarnings("unchecked")
    static Stream<Map<String, Object>> vectors() throws IOException {
        try (InputStream in = SignatureV2Test.class.getResourceAsStream("/sigv2-vectors.json")) {
            return ((List<Map<String, Object>>) MiniJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    @SuppressWarnings("unchecked")
    void computesTheStringToSignAndSignatureOfEveryVector(Map<String, Object> v) {
        Map<String, String> params = (Map<String, String>) v.get("params");
        String sts = SignatureV2.stringToSign((String) v.get("method"), (String) v.get("host"), (String) v.get("path"),
                params);
        assertEquals(v.get("stringToSign"), sts, (String) v.get("name"));
        String sig = SignatureV2.sign((String) v.get("algorithm"), (String) v.get("secret"), (String) v.get("method"),
                (String) v.get("host"), (String) v.get("path"), params);
        assertEquals(v.get("signature"), sig, (String) v.get("name"));
        assertTrue(SignatureV2.matches(Base64.getDecoder().decode(sig), (String) v.get("signature")));
    }

    @Test
    void vectorsCoverBothAlgorithmsGetAndPost() throws IOException {
        List<Map<String, Object>> all = vectors().toList();
        assertTrue(all.stream().anyMatch(v -> "HmacSHA1".equals(v.get("algorithm"))));
        assertTrue(all.stream().anyMatch(v -> "GET".equals(v.get("method"))));
        assertTrue(all.size() >= 10);
    }

    @Test
    void rejectsADifferentOrMalformedSignature() {
        byte[] mac = SignatureV2.hmac("HmacSHA256", "secret", "data");
        String good = Base64.getEncoder().encodeToString(mac);
        assertTrue(SignatureV2.matches(mac, good));
        mac[0] ^= 1;
        assertFalse(SignatureV2.matches(mac, good));
        assertFalse(SignatureV2.matches(mac, "not base64 !!"));
    }

    @Test
    void encodesPerRfc3986() {
        assertEquals("a%20b%2Ac~_-.%2B%2F%3D", FormEncoding.encode("a b*c~_-.+/="));
        assertEquals("%C3%A9", FormEncoding.encode("é"));
        assertEquals("a b+", FormEncoding.decode("a+b%2B", true));
        assertEquals("a+b+", FormEncoding.decode("a+b%2B", false));
        assertEquals("100%", FormEncoding.decode("100%", true)); // a malformed escape stays literal
    }
}
