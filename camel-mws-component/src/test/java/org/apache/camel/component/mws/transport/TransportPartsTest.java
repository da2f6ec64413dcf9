package org.apache.camel.component.mws.transport;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.camel.component.mws.catalog.MarketplaceSelection;
import org.apache.camel.component.mws.catalog.MwsCatalog;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransportPartsTest {

    @Test
    void retryPolicyFollowsTheBackoffAndRepeatsTheLastDelay() {
        RetryPolicy p = RetryPolicy.of(6, "1s, 4s,10s,30s", 0);
        assertEquals(Duration.ofSeconds(1), p.delayBefore(1));
        assertEquals(Duration.ofSeconds(30), p.delayBefore(4));
        assertEquals(Duration.ofSeconds(30), p.delayBefore(6));
        assertTrue(p.allowsRetry(5));
        assertFalse(p.allowsRetry(6));
        assertFalse(RetryPolicy.none().allowsRetry(0));
        assertEquals(Duration.ofMillis(250), RetryPolicy.of(1, "250", 0).delayBefore(1));
    }

    @Test
    void jitterStaysWithinItsSpread() {
        RetryPolicy p = RetryPolicy.of(1, "1000", 0.2);
        for (int i = 0; i < 200; i++) {
            long d = p.delayBefore(1).toMillis();
            assertTrue(d >= 800 && d <= 1200, "delay " + d);
        }
    }

    @Test
    void badRetryOptionsAreRefusedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RetryPolicy.of(2, "1s,soon", 0));
        assertTrue(e.getMessage().contains("'soon'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.of(2, "", 0));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.of(-1, "1s", 0));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.of(1, "1s", 1.5));
    }

    @Test
    void maskerHidesSecretsSignaturesAndTokens() {
        SecretMasker m = new SecretMasker("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null);
        String text = "key wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY enc wJalrXUtnFEMI%2FK7MDENG%2BbPxRfiCYEXAMPLEKEY"
                      + " a=1&Signature=abc%2Bdef%3D&b=2 MWSAuthToken=amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE"
                      + " <Signature>xyz=</Signature> token amzn.mws.11111111-2222-3333-4444-555555555555";
        String masked = m.mask(text);
        assertFalse(masked.contains("wJalrXUtnFEMI"), masked);
        assertFalse(masked.contains("abc%2Bdef"), masked);
        assertFalse(masked.contains("amzn.mws."), masked);
        assertFalse(masked.contains("xyz="), masked);
        assertTrue(masked.contains("a=1&Signature=***&b=2"), masked);
        assertTrue(masked.contains("SignatureMethod=HmacSHA256") == text.contains("SignatureMethod=HmacSHA256"));
        assertEquals("SignatureMethod=HmacSHA256&SignatureVersion=2",
                m.mask("SignatureMethod=HmacSHA256&SignatureVersion=2"));
    }

    @Test
    void headerDatesInBothFormats() {
        assertEquals(Instant.parse("2017-02-01T12:00:00.123Z"), HttpDates.parse("2017-02-01T12:00:00.123Z"));
        assertEquals(Instant.parse("2017-02-01T11:00:00Z"), HttpDates.parse("2017-02-01T12:00:00+01:00"));
        assertEquals(Instant.parse("1994-11-06T08:49:37Z"), HttpDates.parse("Sun, 06 Nov 1994 08:49:37 GMT"));
        assertNull(HttpDates.parse("yesterday"));
        assertEquals("2017-02-01T12:00:00.000Z", HttpDates.timestamp(Instant.parse("2017-02-01T12:00:00Z")));
    }

    @Test
    void responseHeadReadsQuotaHeadersAndCharset() {
        MwsResponseHead head = new MwsResponseHead(200, "OK", Map.of("x-mws-quota-max", "80.0",
                "X-MWS-Quota-Remaining", "79.0", "x-mws-quota-resetsOn", "2017-02-01T13:00:00.000Z",
                "Content-Type", "text/plain;charset=Cp1252", "Content-MD5", "abc=="), "t", Instant.now());
        assertEquals(80.0, head.quotaMax());
        assertEquals(79.0, head.quotaRemaining());
        assertEquals(Instant.parse("2017-02-01T13:00:00Z"), head.quotaResetsOn());
        assertEquals("windows-1252", head.charset(null).name());
        assertEquals("abc==", head.contentMd5());
    }

    @Test
    void skewIsMeasuredFromXMwsTimestampElseDate() {
        Instant received = Instant.parse("2017-02-01T12:00:00Z");
        assertEquals(Duration.ofMinutes(-7), ClockSkewMonitor.measure(new MwsResponseHead(200, "OK",
                Map.of("Date", "Wed, 01 Feb 2017 11:53:00 GMT"), "t", received)));
        assertEquals(Duration.ofMillis(1500), ClockSkewMonitor.measure(new MwsResponseHead(200, "OK",
                Map.of("Date", "Wed, 01 Feb 2017 11:53:00 GMT", "x-mws-timestamp", "2017-02-01T12:00:01.500Z"), "t",
                received)));
        assertNull(ClockSkewMonitor.measure(new MwsResponseHead(200, "OK", Map.of(), "t", received)));
        assertEquals("7m00s", ClockSkewMonitor.format(Duration.ofMinutes(7)));
        assertEquals("2h00m05s", ClockSkewMonitor.format(Duration.ofSeconds(7205)));
    }

    @Test
    void endpointAddressPrefersTheEndpointOptionAndRefusesRemotePlainHttp() {
        MarketplaceSelection de = MwsCatalog.getDefault().selectMarketplaces("DE");
        assertEquals(URI.create("https://mws-eu.amazonservices.com"), EndpointAddress.resolve(null, de, false));
        assertEquals(URI.create("http://127.0.0.1:8480/prefix"),
                EndpointAddress.resolve("http://127.0.0.1:8480/prefix", de, false));
        assertEquals(URI.create("http://localhost:1"), EndpointAddress.resolve("http://localhost:1", de, false));
        assertEquals(URI.create("http://[::1]:1"), EndpointAddress.resolve("http://[::1]:1", de, false));
        IllegalArgumentException insecure = assertThrows(IllegalArgumentException.class,
                () -> EndpointAddress.resolve("http://mws.example.com", de, false));
        assertTrue(insecure.getMessage().contains("Refusing plain HTTP to mws.example.com"), insecure.getMessage());
        assertEquals(URI.create("http://10.1.2.3:80"), EndpointAddress.resolve("http://10.1.2.3:80", de, true));
        assertThrows(IllegalArgumentException.class, () -> EndpointAddress.resolve("ftp://x", de, false));
        assertThrows(IllegalArgumentException.class,
                () -> EndpointAddress.resolve("https://x/?a=1", MarketplaceSelection.NONE, false));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> EndpointAddress.resolve(null, MarketplaceSelection.NONE, false));
        assertTrue(none.getMessage().contains("marketplace") && none.getMessage().contains("endpoint"));
        assertThrows(IllegalArgumentException.class,
                () -> EndpointAddress.resolve(null, new MarketplaceSelection(List.of("AXXXXXXXXX"), null), false));
        assertFalse(EndpointAddress.isLoopback("127.example.com"));
        assertTrue(EndpointAddress.isLoopback("127.0.0.2"));
    }

    @Test
    void credentialsNeedKeysAndHideSecrets() {
        MwsCredentials c = new MwsCredentials("AKIA", "secret-value", "SELLER", "amzn.mws.token");
        assertFalse(c.toString().contains("secret-value"));
        assertFalse(c.toString().contains("amzn.mws.token"));
        assertThrows(IllegalArgumentException.class, () -> new MwsCredentials(null, "s", "x", null));
        assertThrows(IllegalArgumentException.class, () -> new MwsCredentials("a", "", "x", null));
    }
}
