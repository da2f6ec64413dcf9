package org.apache.camel.component.mws.signing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SigningTest {

    @Test
    void rfc3986LeavesUnreservedAndEncodesTheRestUpperCase() {
        assertEquals("AZaz09-_.~", Rfc3986.encode("AZaz09-_.~"));
        assertEquals("a%20b%2Ac%2B%2F%3D%26%25", Rfc3986.encode("a b*c+/=&%"));
        assertEquals("%C3%A9%E6%97%A5", Rfc3986.encode("é日"));
        assertEquals("", Rfc3986.encode(""));
        assertEquals("", Rfc3986.encode(null));
    }

    @Test
    void canonicalQuerySortsByEncodedNameInByteOrderAndKeepsEmptyValues() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("b", "2");
        p.put("MarketplaceId.Id.2", "x");
        p.put("MarketplaceId.Id.10", "y");
        p.put("a", "");
        p.put("Signature", "ignored");
        assertEquals("MarketplaceId.Id.10=y&MarketplaceId.Id.2=x&a=&b=2", SignatureV2.canonicalQuery(p));
    }

    @Test
    void hostCarriesThePortOnlyWhenNotTheDefault() {
        assertEquals("mws.amazonservices.com", SignatureV2.hostHeader("https", "MWS.amazonservices.com", 443));
        assertEquals("mws.amazonservices.com", SignatureV2.hostHeader("https", "mws.amazonservices.com", -1));
        assertEquals("127.0.0.1:8480", SignatureV2.hostHeader("http", "127.0.0.1", 8480));
        assertEquals("localhost", SignatureV2.hostHeader("http", "localhost", 80));
        assertEquals("example.com:80", SignatureV2.hostHeader("https", "example.com", 80));
    }

    @Test
    void emptyPathIsSlash() {
        assertEquals("POST\nh\n/\na=1", SignatureV2.stringToSign("post", "H", "", "a=1"));
    }

    @Test
    void hmacSha1AndSha256Differ() {
        String s256 = SignatureV2.sign("x", "key", SignatureMethod.HmacSHA256);
        String s1 = SignatureV2.sign("x", "key", SignatureMethod.HmacSHA1);
        assertEquals(44, s256.length());
        assertEquals(28, s1.length());
    }

    @Test
    void signerNeedsASecretAndHidesIt() {
        assertThrows(IllegalArgumentException.class, () -> new RequestSigner("", SignatureMethod.HmacSHA256));
        RequestSigner signer = new RequestSigner("very-secret-key", SignatureMethod.HmacSHA256);
        assertFalse(signer.toString().contains("very-secret-key"));
        SignedQuery q = signer.sign("POST", "h", "/", Map.of("a", "1"));
        assertFalse(q.toString().contains(q.signature()));
        assertTrue(q.encoded().startsWith("a=1&Signature="));
    }
}
