package org.apache.camel.component.mws.xml;

import java.nio.charset.StandardCharsets;

import org.apache.camel.component.mws.xml.BodyDiagnostics.Kind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyDiagnosticsTest {

    @Test
    void classifies() {
        assertEquals(Kind.EMPTY, BodyDiagnostics.classify(null));
        assertEquals(Kind.EMPTY, BodyDiagnostics.classify(utf8("")));
        assertEquals(Kind.EMPTY, BodyDiagnostics.classify(utf8("\uFEFF \r\n")));
        assertEquals(Kind.XML, BodyDiagnostics.classify(utf8("<?xml version=\"1.0\"?><a/>")));
        assertEquals(Kind.XML, BodyDiagnostics.classify(utf8("\uFEFF  <ListOrdersResponse/>")));
        assertEquals(Kind.XML, BodyDiagnostics.classify("<a/>".getBytes(StandardCharsets.UTF_16)));
        assertEquals(Kind.HTML, BodyDiagnostics.classify(utf8("<!DOCTYPE HTML><html></html>")));
        assertEquals(Kind.HTML, BodyDiagnostics.classify(utf8("<HTML><BODY>x</BODY></HTML>")));
        assertEquals(Kind.HTML, BodyDiagnostics.classify(
                utf8("<?xml version=\"1.0\"?>\n<!-- proxy -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\"/>")));
        assertEquals(Kind.NOT_XML, BodyDiagnostics.classify(utf8("Bad Gateway")));
        assertEquals(Kind.NOT_XML, BodyDiagnostics.classify(utf8("{\"a\":1}")));
    }

    @Test
    void describes() {
        assertNull(BodyDiagnostics.describe(utf8("<a/>")));
        assertEquals("the body is empty", BodyDiagnostics.describe(new byte[0]));
        String html = BodyDiagnostics.describe(utf8("<html><head><title>\n  503 Service\tUnavailable </title></head></html>"));
        assertTrue(html.startsWith("the body is an HTML page (title: 503 Service Unavailable), not an MWS XML response"),
                html);
        assertEquals("the body is not XML; body starts with: \"Bad Gateway\"", BodyDiagnostics.describe(utf8("Bad Gateway")));
    }

    @Test
    void prefixIsShortSanitizedAndQuoted() {
        assertEquals("\"\"", BodyDiagnostics.prefix(null));
        String prefix = BodyDiagnostics.prefix(utf8("a\u0000b\r\n\r\nc" + "d".repeat(500)));
        assertTrue(prefix.startsWith("\"a b c"), prefix);
        assertTrue(prefix.endsWith("...\""), prefix);
        assertTrue(prefix.length() <= BodyDiagnostics.PREFIX_CHARS + 5, prefix);
        assertFalse(prefix.contains("\u0000"));
        assertEquals("\"日本語のレポート\"", BodyDiagnostics.prefix(utf8("日本語のレポート")));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
