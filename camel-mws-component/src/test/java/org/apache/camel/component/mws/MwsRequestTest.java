package org.apache.camel.component.mws;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.component.mws.catalog.MwsCatalog;
import org.apache.camel.component.mws.catalog.Section;
import org.apache.camel.component.mws.model.common.GetServiceStatusResult;
import org.apache.camel.component.mws.model.orders.ListOrdersResult;
import org.apache.camel.component.mws.support.IndependentSigner;
import org.apache.camel.component.mws.support.MwsTestSupport;
import org.apache.camel.component.mws.support.StubMwsServer.RecordedRequest;
import org.apache.camel.component.mws.support.StubResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What goes over the wire: path, parameters, headers, and a body checked byte for byte against an independent
 * Signature Version 2 computation.
 */
class MwsRequestTest extends MwsTestSupport {

    private static final String TIMESTAMP_PATTERN = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

    @Test
    void listOrdersIsPostedFormEncodedAndSignedByteForByte() throws Exception {
        stub.enqueue(StubResponse.success("ListOrders", StubResponse.ORDERS_NS,
                "<Orders/><CreatedBefore>2017-02-01T11:58:00Z</CreatedBefore>", "rid-orders-1"));
        Exchange ex = send(uri("Orders/ListOrders", "marketplace=US,BR", "mwsAuthToken=RAW(" + TOKEN + ")",
                "parameters.CreatedAfter=2017-01-01T00:00:00Z", "applicationName=my/app", "applicationVersion=2.1"));
        assertNull(ex.getException());

        RecordedRequest r = stub.lastRequest();
        assertEquals("POST", r.method());
        assertEquals("/Orders/2013-09-01", r.path());
        assertNull(r.rawQuery(), "a POST carries its parameters in the body");
        assertEquals("application/x-www-form-urlencoded; charset=utf-8", r.header("Content-Type"));
        assertTrue(r.header("User-Agent").startsWith("my\\/app/2.1 (Language=Java/"), r.header("User-Agent"));

        Map<String, String> p = r.parameters();
        assertEquals(ACCESS_KEY, p.get("AWSAccessKeyId"));
        assertEquals("ListOrders", p.get("Action"));
        assertEquals(SELLER, p.get("SellerId"));
        assertEquals(TOKEN, p.get("MWSAuthToken"));
        assertEquals("HmacSHA256", p.get("SignatureMethod"));
        assertEquals("2", p.get("SignatureVersion"));
        assertEquals("2013-09-01", p.get("Version"));
        assertEquals("ATVPDKIKX0DER", p.get("MarketplaceId.Id.1"));
        assertEquals("A2Q3Y263D00KWC", p.get("MarketplaceId.Id.2"));
        assertEquals("2017-01-01T00:00:00Z", p.get("CreatedAfter"));
        assertTrue(p.get("Timestamp").matches(TIMESTAMP_PATTERN), p.get("Timestamp"));

        Map<String, String> unsigned = new LinkedHashMap<>(p);
        unsigned.remove("Signature");
        assertEquals(IndependentSigner.expectedBody(hostOfStub(), r.path(), unsigned, SECRET, "HmacSHA256"),
                r.bodyAsString());

        ListOrdersResult result = assertInstanceOf(ListOrdersResult.class, ex.getMessage().getBody());
        assertTrue(result.records().isEmpty());
        assertEquals("rid-orders-1", ex.getMessage().getHeader(MwsConstants.REQUEST_ID));
        assertEquals(Boolean.FALSE, ex.getMessage().getHeader(MwsConstants.HAS_NEXT));
        assertNull(ex.getMessage().getHeader(MwsConstants.NEXT_TOKEN));
        assertTrue(ex.getMessage().getHeader(MwsConstants.TIMESTAMP, String.class).startsWith("20"));
    }

    @Test
    void hmacSha1IsSignedToo() throws Exception {
        Exchange ex = send(uri("Sellers/GetServiceStatus", "signatureMethod=HmacSHA1"));
        assertNull(ex.getException());
        RecordedRequest r = stub.lastRequest();
        Map<String, String> unsigned = new LinkedHashMap<>(r.parameters());
        unsigned.remove("Signature");
        assertEquals("HmacSHA1", unsigned.get("SignatureMethod"));
        assertEquals(IndependentSigner.expectedBody(hostOfStub(), r.path(), unsigned, SECRET, "HmacSHA1"),
                r.bodyAsString());
    }

    @Test
    void everySectionIsReachableWithItsPathVersionAndSellerParameter() {
        for (Section section : MwsCatalog.getDefault().sections().values()) {
            Exchange ex = send(uri(section.name().toLowerCase() + "/getservicestatus"));
            assertNull(ex.getException(), section.name());
            RecordedRequest r = stub.lastRequest();
            assertEquals(section.path(), r.path(), section.name());
            Map<String, String> p = r.parameters();
            assertEquals(section.version(), p.get("Version"), section.name());
            assertEquals("GetServiceStatus", p.get("Action"));
            assertEquals(SELLER, p.get(section.sellerParameter()), section.name());
            String other = "SellerId".equals(section.sellerParameter()) ? "Merchant" : "SellerId";
            assertFalse(p.containsKey(other), section.name() + " sends one seller parameter");
            GetServiceStatusResult status = assertInstanceOf(GetServiceStatusResult.class, ex.getMessage().getBody());
            assertEquals("GREEN", status.getStatus());
        }
        assertEquals(16, stub.requests().size());
        assertEquals("Merchant", stub.requests().stream().filter(r -> r.path().startsWith("/Feeds")).findFirst()
                .orElseThrow().parameters().keySet().stream().filter(k -> k.equals("Merchant")).findFirst()
                .orElseThrow());
    }

    @Test
    void headerParametersAndListsAreMergedOverTheUris() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("OrderStatus", List.of("Unshipped", "PartiallyShipped"));
        parameters.put("MaxResultsPerPage", 25);
        parameters.put("BuyerEmail", null);
        stub.enqueue(StubResponse.success("ListOrders", StubResponse.ORDERS_NS, "<Orders/>", "r"));
        Exchange ex = send(uri("Orders/ListOrders", "marketplace=DE", "parameters.MaxResultsPerPage=100",
                "parameters.BuyerEmail=b@example.com", "parameters.LastUpdatedAfter=2017-01-01T00:00:00Z"),
                null, Map.of(MwsConstants.PARAMETERS, parameters));
        assertNull(ex.getException());
        Map<String, String> p = stub.lastRequest().parameters();
        assertEquals("Unshipped", p.get("OrderStatus.Status.1"));
        assertEquals("PartiallyShipped", p.get("OrderStatus.Status.2"));
        assertEquals("25", p.get("MaxResultsPerPage"));
        assertFalse(p.containsKey("BuyerEmail"));
        assertEquals("A1PA6795UKMFR9", p.get("MarketplaceId.Id.1"));
        assertEquals("2017-01-01T00:00:00Z", p.get("LastUpdatedAfter"));
    }

    @Test
    void aMapBodyIsTheParametersAndTheActionHeaderOverridesTheAction() {
        stub.enqueue(StubResponse.success("GetOrder", StubResponse.ORDERS_NS, "<Orders/>", "r"));
        Exchange ex = send(uri("Orders/ListOrders"), Map.of("AmazonOrderId", List.of("111-1", "222-2")),
                Map.of(MwsConstants.ACTION, "getorder"));
        assertNull(ex.getException());
        Map<String, String> p = stub.lastRequest().parameters();
        assertEquals("GetOrder", p.get("Action"));
        assertEquals("111-1", p.get("AmazonOrderId.Id.1"));
        assertEquals("222-2", p.get("AmazonOrderId.Id.2"));
    }

    @Test
    void aNextTokenHeaderContinuesWithTheByNextTokenTwinAndOnlyTheToken() {
        String token = "2YgYW55IGNhcm5hbCBwbGVhcw+/=";
        stub.enqueue(StubResponse.success("ListOrdersByNextToken", StubResponse.ORDERS_NS,
                "<Orders/><NextToken>next+/=</NextToken>", "r"));
        Exchange ex = send(uri("Orders/ListOrders", "marketplace=US", "parameters.CreatedAfter=2017-01-01T00:00:00Z"),
                null, Map.of(MwsConstants.NEXT_TOKEN, token));
        assertNull(ex.getException());
        RecordedRequest r = stub.lastRequest();
        Map<String, String> p = r.parameters();
        assertEquals("ListOrdersByNextToken", p.get("Action"));
        assertEquals(token, p.get("NextToken"));
        assertFalse(p.containsKey("CreatedAfter"));
        assertFalse(p.containsKey("MarketplaceId.Id.1"));
        assertTrue(r.bodyAsString().contains("NextToken=2YgYW55IGNhcm5hbCBwbGVhcw%2B%2F%3D"));
        assertEquals("next+/=", ex.getMessage().getHeader(MwsConstants.NEXT_TOKEN));
        assertEquals(Boolean.TRUE, ex.getMessage().getHeader(MwsConstants.HAS_NEXT));
    }

    @Test
    void aNextTokenFromOneListingIsNotTakenUpByAnother() {
        stub.enqueue(StubResponse.success("ListOrders", StubResponse.ORDERS_NS,
                "<Orders/><NextToken>orders-token</NextToken>", "r1"));
        Exchange ex = send(uri("Orders/ListOrders", "marketplace=US", "parameters.CreatedAfter=2017-01-01T00:00:00Z"));
        assertEquals("orders-token", ex.getMessage().getHeader(MwsConstants.NEXT_TOKEN));

        stub.enqueue(StubResponse.success("ListOrderItems", StubResponse.ORDERS_NS, "<OrderItems/>", "r2"));
        template.send(uri("Orders/ListOrderItems", "parameters.AmazonOrderId=111-1"), ex);
        assertNull(ex.getException());
        assertEquals("ListOrderItems", stub.lastRequest().parameter("Action"));
        assertEquals("111-1", stub.lastRequest().parameter("AmazonOrderId"));
        assertNull(ex.getMessage().getHeader(MwsConstants.NEXT_TOKEN), "the last page of the items listing");

        stub.enqueue(StubResponse.success("ListOrders", StubResponse.ORDERS_NS,
                "<Orders/><NextToken>orders-token</NextToken>", "r3"));
        template.send(uri("Orders/ListOrders", "marketplace=US", "parameters.CreatedAfter=2017-01-01T00:00:00Z"), ex);
        stub.enqueue(StubResponse.success("ListOrdersByNextToken", StubResponse.ORDERS_NS, "<Orders/>", "r4"));
        template.send(uri("Orders/ListOrders", "marketplace=US", "parameters.CreatedAfter=2017-01-01T00:00:00Z"), ex);
        assertNull(ex.getException());
        assertEquals("ListOrdersByNextToken", stub.lastRequest().parameter("Action"), "the same listing continues");
        assertEquals("orders-token", stub.lastRequest().parameter("NextToken"));
    }

    @Test
    void resultFormatXmlGivesTheXmlAndReadsPagingFromIt() {
        stub.enqueue(StubResponse.success("GetReportList", StubResponse.REPORTS_NS,
                "<NextToken>tok</NextToken><HasNext>true</HasNext>", "rid-x")
                .withHeader("x-mws-quota-max", "80.0").withHeader("x-mws-quota-remaining", "78.0")
                .withHeader("x-mws-quota-resetsOn", "2017-02-01T13:00:00.000Z"));
        Exchange ex = send(uri("Reports/GetReportList", "resultFormat=xml"));
        assertNull(ex.getException());
        String xml = assertInstanceOf(String.class, ex.getMessage().getBody());
        assertTrue(xml.contains("<GetReportListResult>"));
        assertEquals("tok", ex.getMessage().getHeader(MwsConstants.NEXT_TOKEN));
        assertEquals(Boolean.TRUE, ex.getMessage().getHeader(MwsConstants.HAS_NEXT));
        assertEquals("rid-x", ex.getMessage().getHeader(MwsConstants.REQUEST_ID));
        assertEquals(80.0, ex.getMessage().getHeader(MwsConstants.QUOTA_MAX));
        assertEquals(78.0, ex.getMessage().getHeader(MwsConstants.QUOTA_REMAINING));
        assertEquals(java.time.Instant.parse("2017-02-01T13:00:00Z"),
                ex.getMessage().getHeader(MwsConstants.QUOTA_RESETS_ON));
        assertEquals(SELLER, stub.lastRequest().parameter("Merchant"));
        assertEquals("/Reports/2009-01-01", stub.lastRequest().path());
    }

    @Test
    void unmodelledActionsAnswerTheXml() {
        stub.enqueue(StubResponse.success("ListMatchingProducts",
                "http://mws.amazonservices.com/schema/Products/2011-10-01", "<Products/>", "rid-p"));
        Exchange ex = send(uri("Products/ListMatchingProducts", "marketplace=JP", "parameters.Query=日本語 本"));
        assertNull(ex.getException());
        assertTrue(assertInstanceOf(String.class, ex.getMessage().getBody()).contains("<ListMatchingProductsResult>"));
        assertEquals("A1VC38T7YXB528", stub.lastRequest().parameter("MarketplaceId"));
        assertEquals("日本語 本", stub.lastRequest().parameter("Query"));
        assertTrue(stub.lastRequest().bodyAsString().contains("Query=%E6%97%A5%E6%9C%AC%E8%AA%9E%20%E6%9C%AC"));
    }
}
