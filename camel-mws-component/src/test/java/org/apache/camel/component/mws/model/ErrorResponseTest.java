package org.apache.camel.component.mws.model;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.apache.camel.component.mws.model.Resources.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorResponseTest {

    private final MwsXmlParser parser = new MwsXmlParser();

    @Test
    void requestIdSpelling() {
        ErrorResponse error = parser.parseError(bytes("errors/ErrorResponse-RequestId.xml"));

        assertEquals("Sender", error.getType());
        assertEquals("RequestThrottled", error.getCode());
        assertEquals("Request is throttled", error.getMessage());
        assertNull(error.getDetail());
        assertEquals("6ffd7a4c-4f3b-4f6c-8d8e-7b4e0c2c5f31", error.getRequestId());
        assertEquals(1, error.getErrors().size());
    }

    @Test
    void requestIDSpellingWithChildrenInAnotherOrder() {
        ErrorResponse error = parser.parseError(bytes("errors/ErrorResponse-RequestID.xml"));

        assertEquals("Sender", error.getType());
        assertEquals("SignatureDoesNotMatch", error.getCode());
        assertTrue(error.getMessage().startsWith("The request signature we calculated"));
        assertEquals("9b9a3d62-1e2b-4c1e-8f4a-5e6d7c8b9a0f", error.getRequestId(), "trimmed");
        assertEquals("Signing: check the string to sign", error.getDetail());
        assertTrue(error.toString().contains("SignatureDoesNotMatch"), error.toString());
    }

    @Test
    void minimalErrorWithoutNamespaceOrType() {
        ErrorResponse error = parser.parseError(utf8(
                "<ErrorResponse><Error><Code>InternalError</Code></Error></ErrorResponse>"));
        assertEquals("InternalError", error.getCode());
        assertNull(error.getType());
        assertNull(error.getRequestId());
    }

    @Test
    void notAnErrorResponseGivesNull() {
        assertNull(parser.parseError(null));
        assertNull(parser.parseError(new byte[0]));
        assertNull(parser.parseError(utf8("   \r\n")));
        assertNull(parser.parseError(bytes("malformed/proxy-502.html")));
        assertNull(parser.parseError(utf8("Service Unavailable")));
        assertNull(parser.parseError(utf8("{\"error\":\"x\"}")));
        assertNull(parser.parseError(bytes("orders/GetOrderResponse.xml")));
        assertNull(parser.parseError(utf8("<")), "not even a root element");
    }

    @Test
    void truncatedErrorResponseIsReportedAsSuch() {
        byte[] full = bytes("errors/ErrorResponse-RequestId.xml");
        byte[] cut = java.util.Arrays.copyOf(full, full.length / 2);

        MwsXmlException e = assertThrows(MwsXmlException.class, () -> parser.parseError(cut));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(e.getMessage().contains("<ErrorResponse>"), e.getMessage());
    }

    @Test
    void entityExpansionIsRefused() {
        MwsXmlException e = assertThrows(MwsXmlException.class,
                () -> parser.parseError(bytes("malformed/billion-laughs.xml")));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
    }

    @Test
    void builtByHand() {
        ErrorResponse error = new ErrorResponse("Receiver", "ServiceUnavailable", "down", "rid");
        assertEquals("Receiver", error.getType());
        assertEquals("ServiceUnavailable", error.getCode());
        assertEquals("down", error.getMessage());
        assertEquals("rid", error.getRequestId());
        assertNotNull(error.toString());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
