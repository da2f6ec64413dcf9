package org.apache.camel.component.mws.model;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.camel.component.mws.model.feeds.AmazonEnvelope;
import org.apache.camel.component.mws.model.orders.ListOrdersResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.apache.camel.component.mws.model.Resources.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every way a body can fail to be the expected document gives an MwsXmlException whose message says what was wrong,
 * shows at most a short sanitized prefix of the body, and never resolves an entity.
 */
class MalformedInputTest {

    private final MwsXmlParser parser = new MwsXmlParser();

    private MwsXmlException listOrdersFails(byte[] body) {
        MwsXmlException e = assertThrows(MwsXmlException.class, () -> parser.parse("Orders", "ListOrders", body));
        assertTrue(e.getMessage().startsWith("cannot read <ListOrdersResponse>: "), e.getMessage());
        assertTrue(e.getMessage().length() < 400, () -> "message too long: " + e.getMessage());
        return e;
    }

    @Test
    void emptyBody() {
        assertTrue(listOrdersFails(new byte[0]).getMessage().endsWith("the body is empty"));
        assertTrue(listOrdersFails(utf8(" \r\n\t ")).getMessage().endsWith("the body is empty"));
        assertTrue(listOrdersFails(null).getMessage().endsWith("the body is empty"));
    }

    @Test
    void htmlErrorPageOfAProxy() {
        String message = listOrdersFails(bytes("malformed/proxy-502.html")).getMessage();
        assertTrue(message.contains("an HTML page (title: 502 Bad Gateway)"), message);
        assertTrue(message.contains("body starts with: \"<!DOCTYPE html PUBLIC"), message);
        assertFalse(message.contains("nginx"), "only a short prefix of the body: " + message);

        String bare = listOrdersFails(utf8("\n<html><body>Oops</body></html>")).getMessage();
        assertTrue(bare.contains("an HTML page,"), bare);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Service Unavailable", "{\"message\":\"Internal server error\"}", "503" })
    void notXml(String body) {
        String message = listOrdersFails(utf8(body)).getMessage();
        assertTrue(message.contains("the body is not XML"), message);
        assertTrue(message.contains(body.substring(0, 3)), message);
    }

    @Test
    void prefixIsShortAndSanitized() {
        String body = "Error\u0000\u0007\r\n\r\n" + "x".repeat(5000) + "SECRET-TAIL";
        String message = listOrdersFails(utf8(body)).getMessage();
        assertTrue(message.contains("\"Error xxxx"), message);
        assertFalse(message.contains("\u0000") || message.contains("\u0007") || message.contains("\n"), message);
        assertFalse(message.contains("SECRET-TAIL"), message);
        assertTrue(message.contains("...\""), message);
    }

    @Test
    void truncatedAtEveryKindOfPlace() {
        byte[] full = bytes("orders/ListOrdersResponse.xml");
        for (int cut : new int[] { full.length / 3, full.length / 2, full.length - 30, full.length - 3 }) {
            byte[] truncated = Arrays.copyOf(full, cut);
            String message = listOrdersFails(truncated).getMessage();
            assertTrue(message.contains("the XML is truncated"), message);
            assertTrue(message.contains("(" + cut + " bytes)"), message);
            assertTrue(message.contains("<ListOrdersResponse> is closed"), message);
        }
    }

    @Test
    void brokenAndUnclosedSaysWhereTheParserStopped() {
        String body = "<ListOrdersResponse><ListOrdersResult><Orders></ListOrdersResult></Orders>";
        String message = listOrdersFails(utf8(body)).getMessage();
        assertTrue(message.contains("the XML is truncated"), message);
        assertTrue(message.contains("the parser stopped at line 1, column"), message);
        assertTrue(message.contains("</Orders>"), "names the unmatched tag: " + message);
        assertFalse(message.contains("ParseError at"), message);
    }

    @Test
    void truncatedStreamedDocument() {
        byte[] full = bytes("feeds/ProcessingReport.xml");
        byte[] truncated = Arrays.copyOf(full, full.length / 2);
        MwsXmlException e = assertThrows(MwsXmlException.class,
                () -> parser.unmarshal(AmazonEnvelope.class, new ByteArrayInputStream(truncated)));
        assertTrue(e.getMessage().contains("malformed or truncated XML at line"), e.getMessage());
    }

    @Test
    void malformedButComplete() {
        String body = "<ListOrdersResponse><ListOrdersResult><Orders><Order></Orderz></Orders></ListOrdersResult>"
                      + "</ListOrdersResponse>";
        String message = listOrdersFails(utf8(body)).getMessage();
        assertTrue(message.contains("malformed XML at line 1, column"), message);
        assertTrue(message.contains("Order"), message);
        assertFalse(message.contains("ParseError at"), "the parser's location prefix is folded in: " + message);
    }

    @Test
    void invalidUtf8() {
        byte[] body = utf8("<ListOrdersResponse><ListOrdersResult><NextToken>abc</NextToken></ListOrdersResult>"
                           + "</ListOrdersResponse>");
        body[50] = (byte) 0xC3; // a lead byte followed by an ASCII byte
        body[51] = (byte) 0x28;
        String message = listOrdersFails(body).getMessage();
        assertTrue(message.contains("malformed XML"), message);
    }

    @Test
    void unexpectedRootElement() {
        String message = listOrdersFails(bytes("orders/GetOrderResponse.xml")).getMessage();
        assertTrue(message.contains("unexpected root element <GetOrderResponse>, expected <ListOrdersResponse>"),
                message);
    }

    @Test
    void errorResponseWhereAResultWasExpected() {
        MwsXmlException e = assertThrows(MwsXmlException.class,
                () -> parser.parse("Orders", "ListOrders", bytes("errors/ErrorResponse-RequestId.xml")));
        assertTrue(e.getMessage().contains("the body is an MWS ErrorResponse (Code: RequestThrottled"), e.getMessage());
        assertTrue(e.getMessage().contains("RequestId: 6ffd7a4c-4f3b-4f6c-8d8e-7b4e0c2c5f31"), e.getMessage());
    }

    @Test
    void envelopeWithoutResult() {
        String body = "<ListOrdersResponse><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata>"
                      + "</ListOrdersResponse>";
        String message = listOrdersFails(utf8(body)).getMessage();
        assertTrue(message.contains("the <ListOrdersResponse> carries no <ListOrdersResult>"), message);
    }

    @Test
    void externalEntityIsRefusedNotResolved() {
        String message = listOrdersFails(bytes("malformed/xxe-external-entity.xml")).getMessage();
        assertTrue(message.contains("document type declarations (DOCTYPE) are refused"), message);
        assertFalse(message.contains("root:"), "the entity must not be resolved: " + message);

        MwsXmlException streamed = assertThrows(MwsXmlException.class, () -> parser.unmarshal(ListOrdersResult.class,
                new ByteArrayInputStream(bytes("malformed/xxe-external-entity.xml"))));
        assertTrue(streamed.getMessage().contains("DOCTYPE"), streamed.getMessage());
    }

    @Test
    void billionLaughsIsRefused() {
        MwsXmlException e = assertThrows(MwsXmlException.class,
                () -> parser.parse("Orders", "ListOrders", bytes("malformed/billion-laughs.xml")));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void invalidNumberNamesTheElementAndItsPlace() {
        String body = "<ListOrdersResponse>\n<ListOrdersResult><Orders><Order>\n"
                      + "<AmazonOrderId>1</AmazonOrderId><NumberOfItemsShipped>two</NumberOfItemsShipped>"
                      + "</Order></Orders></ListOrdersResult></ListOrdersResponse>";
        String message = listOrdersFails(utf8(body)).getMessage();
        assertTrue(message.contains("invalid value at line 3"), message);
        assertTrue(message.contains("<NumberOfItemsShipped> (Integer)"), message);
    }

    @Test
    void invalidDateNamesTheValue() {
        String body = "<ListOrdersResponse><ListOrdersResult><CreatedBefore>yesterday</CreatedBefore>"
                      + "</ListOrdersResult></ListOrdersResponse>";
        String message = listOrdersFails(utf8(body)).getMessage();
        assertTrue(message.contains("<CreatedBefore> (Instant)"), message);
        assertTrue(message.contains("not an ISO 8601 date-time: 'yesterday'"), message);
    }

    @Test
    void invalidBoolean() {
        String body = "<ListOrdersResponse><ListOrdersResult><Orders><Order><IsPrime>maybe</IsPrime></Order></Orders>"
                      + "</ListOrdersResult></ListOrdersResponse>";
        String message = listOrdersFails(utf8(body)).getMessage();
        assertTrue(message.contains("<IsPrime> (Boolean): not a boolean: 'maybe'"), message);
    }

    @Test
    void unmarshalChecksTheRootElement() {
        MwsXmlException e = assertThrows(MwsXmlException.class, () -> parser.unmarshal(AmazonEnvelope.class,
                new ByteArrayInputStream(bytes("orders/GetOrderResponse.xml"))));
        assertEquals("cannot read <AmazonEnvelope>: unexpected root element <GetOrderResponse>, expected <AmazonEnvelope>",
                e.getMessage());
    }

    @Test
    void operationWithoutModel() {
        assertFalse(parser.hasModel("Products", "ListMatchingProducts"));
        assertFalse(parser.hasModel("Reports", "GetReport"));
        assertFalse(parser.hasModel("Feeds", "GetFeedSubmissionResult"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parser.parse("Products", "ListMatchingProducts", utf8("<x/>")));
        assertTrue(e.getMessage().contains("Products/ListMatchingProducts"), e.getMessage());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
