package org.apache.camel.component.mws.model.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.apache.camel.component.mws.model.MwsXmlParser;
import org.apache.camel.component.mws.model.ParsedResponse;
import org.apache.camel.component.mws.model.PagedResult;
import org.apache.camel.component.mws.model.common.Money;
import org.junit.jupiter.api.Test;

import static org.apache.camel.component.mws.model.Resources.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrdersParsingTest {

    private final MwsXmlParser parser = new MwsXmlParser();

    @Test
    void listOrdersReadsEveryFieldInAnyOrderIgnoringUnknownElements() {
        ParsedResponse response = parser.parse("Orders", "ListOrders", bytes("orders/ListOrdersResponse.xml"));

        assertEquals("88faca76-b600-46d2-b53c-0c8c4533e43a", response.requestId());
        ListOrdersResult result = assertInstanceOf(ListOrdersResult.class, response.result());
        assertEquals(Instant.parse("2017-02-20T19:49:35Z"), result.getCreatedBefore());
        assertNull(result.getLastUpdatedBefore());
        assertEquals("2YgYW55IGNhcm5hbCBwbGVhc3VyZS4=+/abc", result.getNextToken());
        assertNull(result.getHasNext(), "NT style: no HasNext");
        assertEquals(3, result.getOrders().size());
        assertSame(result.getOrders(), result.records());

        Order shipped = result.getOrders().get(0);
        assertEquals("902-3159896-1390916", shipped.getAmazonOrderId());
        assertEquals("2367945", shipped.getSellerOrderId());
        assertEquals(Instant.parse("2017-02-20T19:49:35.123Z"), shipped.getPurchaseDate());
        assertEquals(Instant.parse("2017-02-20T19:51:35Z"), shipped.getLastUpdateDate());
        assertEquals("Shipped", shipped.getOrderStatus());
        assertEquals("MFN", shipped.getFulfillmentChannel());
        assertEquals("Amazon.com", shipped.getSalesChannel());
        assertEquals("Std US D2D Dom", shipped.getShipServiceLevel());
        assertEquals(new Money("USD", new BigDecimal("25.00")), shipped.getOrderTotal());
        assertEquals(2, shipped.getNumberOfItemsShipped());
        assertEquals(0, shipped.getNumberOfItemsUnshipped());
        assertEquals("Other", shipped.getPaymentMethod());
        assertEquals(List.of("Standard"), shipped.getPaymentMethodDetails());
        assertEquals("ATVPDKIKX0DER", shipped.getMarketplaceId());
        assertEquals("5vlhEXAMPLEh9h5@marketplace.amazon.com", shipped.getBuyerEmail());
        assertEquals("John Jones", shipped.getBuyerName());
        assertEquals("StandardOrder", shipped.getOrderType());
        assertEquals("Standard", shipped.getShipmentServiceLevelCategory());
        assertEquals(Instant.parse("2017-02-20T19:49:35Z"), shipped.getEarliestShipDate());
        assertEquals(Instant.parse("2017-02-20T19:49:35Z"), shipped.getLatestShipDate());
        assertEquals(Boolean.TRUE, shipped.getIsBusinessOrder());
        assertEquals(Boolean.FALSE, shipped.getIsPrime());
        assertEquals(Boolean.FALSE, shipped.getIsPremiumOrder());
        assertEquals(Boolean.FALSE, shipped.getIsReplacementOrder());

        Address address = shipped.getShippingAddress();
        assertEquals("John Jones", address.getName());
        assertEquals("1234 Any St.", address.getAddressLine1());
        assertNull(address.getAddressLine2());
        assertEquals("SEATTLE", address.getCity());
        assertEquals("WA", address.getStateOrRegion());
        assertEquals("98109-4506", address.getPostalCode());
        assertEquals("US", address.getCountryCode());
        assertEquals("(555) 555-5555", address.getPhone());
        assertEquals("Commercial", address.getAddressType());

        assertEquals(2, shipped.getPaymentExecutionDetail().size());
        assertEquals("COD", shipped.getPaymentExecutionDetail().get(0).getPaymentMethod());
        assertEquals(new Money("USD", new BigDecimal("10")), shipped.getPaymentExecutionDetail().get(0).getPayment());
        assertEquals("GC", shipped.getPaymentExecutionDetail().get(1).getPaymentMethod());
        assertEquals("Example Corp", shipped.getBuyerTaxInfo().getCompanyLegalName());
        assertEquals("VATNumber", shipped.getBuyerTaxInfo().getTaxClassifications().get(0).getName());
        assertEquals("XXX123", shipped.getBuyerTaxInfo().getTaxClassifications().get(0).getValue());
    }

    @Test
    void pendingOrderHasNoBuyerOrTotalFields() {
        ListOrdersResult result = (ListOrdersResult) parser
                .parse("Orders", "ListOrders", bytes("orders/ListOrdersResponse.xml")).result();
        Order pending = result.getOrders().get(1);

        assertEquals("058-1233752-8214740", pending.getAmazonOrderId());
        assertEquals("Pending", pending.getOrderStatus());
        assertNull(pending.getOrderTotal());
        assertNull(pending.getBuyerEmail());
        assertNull(pending.getBuyerName());
        assertNull(pending.getShippingAddress());
        assertNull(pending.getPaymentMethod());
        assertTrue(pending.getPaymentExecutionDetail().isEmpty());
        assertEquals(Boolean.TRUE, pending.getIsPrime());
        // offsets, with and without fractions
        assertEquals(Instant.parse("2017-02-04T15:06:07Z"), pending.getPurchaseDate());
        assertEquals(Instant.parse("2017-02-06T16:35:49.500Z"), pending.getLastUpdateDate());

        Order third = result.getOrders().get(2);
        assertEquals(Instant.parse("2017-02-06T13:15:00Z"), third.getPurchaseDate(), "offset without colon");
        assertEquals(Instant.parse("2017-02-06T13:20:00Z"), third.getLastUpdateDate());
        assertEquals(new Money("EUR", new BigDecimal("19.99")), third.getOrderTotal());
    }

    @Test
    void byNextTokenPageInAnotherNamespaceSpellingWithPrefixes() {
        ParsedResponse response = parser.parse("Orders", "ListOrdersByNextToken",
                bytes("orders/ListOrdersByNextTokenResponse.xml"));

        assertEquals("d2b7e3f1-3ae4-4cbb-9d5e-7fd2a6f5b111", response.requestId());
        ListOrdersResult result = assertInstanceOf(ListOrdersResult.class, response.result());
        assertNull(result.getNextToken(), "last page");
        assertFalse(result.hasMorePages());
        assertEquals(Instant.parse("2017-02-25T18:10:21.687Z"), result.getLastUpdatedBefore());
        assertEquals(1, result.getOrders().size());
        assertEquals("902-8745147-1934268", result.getOrders().get(0).getAmazonOrderId());
        assertEquals("Canceled", result.getOrders().get(0).getOrderStatus());
    }

    @Test
    void actionInAnyCase() {
        ParsedResponse response = parser.parse("orders", "listorders", bytes("orders/ListOrdersResponse.xml"));
        assertEquals(3, ((ListOrdersResult) response.result()).getOrders().size());
    }

    @Test
    void pagesMergeIntoOneResult() {
        ListOrdersResult first = (ListOrdersResult) parser
                .parse("Orders", "ListOrders", bytes("orders/ListOrdersResponse.xml")).result();
        PagedResult last = (PagedResult) parser
                .parse("Orders", "ListOrdersByNextToken", bytes("orders/ListOrdersByNextTokenResponse.xml")).result();
        assertTrue(first.hasMorePages());

        first.append(last);

        assertEquals(4, first.records().size());
        assertEquals("902-8745147-1934268", first.getOrders().get(3).getAmazonOrderId());
        assertNull(first.getNextToken());
        assertFalse(first.hasMorePages());
    }

    @Test
    void getOrderReadsSeveralOrders() {
        ParsedResponse response = parser.parse("Orders", "GetOrder", bytes("orders/GetOrderResponse.xml"));

        GetOrderResult result = assertInstanceOf(GetOrderResult.class, response.result());
        assertEquals("1e9d1e36-3e9a-4b58-8d6c-6a4b6d3c7d2f", response.requestId());
        assertEquals(2, result.getOrders().size());
        Order first = result.getOrders().get(0);
        assertEquals("Warehouse 1", first.getDefaultShipFromLocationAddress().getName());
        assertEquals("SSID-1", first.getFulfillmentInstruction().getFulfillmentSupplySourceId());
        assertEquals(Boolean.FALSE, first.getIsISPU());
        assertEquals("Pending", result.getOrders().get(1).getOrderStatus());
    }

    @Test
    void listOrderItemsReadsMoneyFields() {
        ParsedResponse response = parser.parse("Orders", "ListOrderItems", bytes("orders/ListOrderItemsResponse.xml"));

        ListOrderItemsResult result = assertInstanceOf(ListOrderItemsResult.class, response.result());
        assertEquals("058-1233752-8214740", result.getAmazonOrderId());
        assertEquals("MRgZW55IGNhcm5hbCBwbGVhc3VyZS6=", result.getNextToken());
        assertEquals(2, result.records().size());

        OrderItem first = result.getOrderItems().get(0);
        assertEquals("BT0093TELA", first.getASIN());
        assertEquals("CBA_OTF_1", first.getSellerSKU());
        assertEquals("68828574383266", first.getOrderItemId());
        assertEquals("Example item name", first.getTitle());
        assertEquals(1, first.getQuantityOrdered());
        assertEquals(1, first.getQuantityShipped());
        assertEquals(new Money("JPY", new BigDecimal("25.99")), first.getItemPrice());
        assertEquals(new Money("JPY", new BigDecimal("1.26")), first.getShippingPrice());
        assertEquals(new Money("JPY", new BigDecimal("1.99")), first.getGiftWrapPrice());
        assertEquals(new Money("JPY", new BigDecimal("10.00")), first.getCODFee());
        assertEquals(new Money("JPY", new BigDecimal("1.00")), first.getCODFeeDiscount());
        assertEquals(10, first.getPointsGranted().getPointsNumber());
        assertEquals(Boolean.FALSE, first.getIsGift());
        assertEquals("Classic", first.getGiftWrapLevel());
        assertEquals(Instant.parse("2013-09-06T08:00:00Z"), first.getScheduledDeliveryStartDate());
        assertEquals(Instant.parse("2013-09-09T07:30:00Z"), first.getScheduledDeliveryEndDate());
        assertNull(first.getPromotionDiscount());

        OrderItem second = result.getOrderItems().get(1);
        assertEquals(new Money("JPY", new BigDecimal("0.50")), second.getPromotionDiscount());
        assertEquals(new Money("JPY", new BigDecimal("1.44")), second.getItemTax());
        assertEquals(List.of("FREESHIP", "SPRING10"), second.getPromotionIds());
        assertEquals("Used", second.getConditionId());
        assertEquals("Mint", second.getConditionSubtypeId());
        assertEquals("MarketplaceFacilitator", second.getTaxCollection().getModel());
        assertEquals(12, second.getProductInfo().getNumberOfItems());
        assertNull(second.getQuantityShipped());
    }

    @Test
    void toStringShowsIdsDatesAndStatusButNoPersonalData() {
        ListOrdersResult result = (ListOrdersResult) parser
                .parse("Orders", "ListOrders", bytes("orders/ListOrdersResponse.xml")).result();
        String text = result.getOrders().get(0).toString();

        assertTrue(text.contains("902-3159896-1390916"), text);
        assertTrue(text.contains("Shipped"), text);
        assertTrue(text.contains("2017-02-20T19:51:35Z"), text);
        for (String personal : List.of("John", "Jones", "SEATTLE", "1234 Any St", "555", "marketplace.amazon.com",
                "98109", "Example Corp")) {
            assertFalse(text.contains(personal), () -> "toString leaks " + personal + ": " + text);
            assertFalse(result.getOrders().get(0).getShippingAddress().toString().contains(personal));
        }
        assertTrue(result.toString().contains("records=3"), result.toString());
    }
}
