package org.apache.camel.component.mws.model.finances;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.apache.camel.component.mws.model.MwsXmlParser;
import org.apache.camel.component.mws.model.ParsedResponse;
import org.apache.camel.component.mws.model.common.Money;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.apache.camel.component.mws.model.Resources.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FinancesParsingTest {

    private final MwsXmlParser parser = new MwsXmlParser();

    private ListFinancialEventsResult events(String action) {
        ParsedResponse response = parser.parse("Finances", action, bytes("finances/" + action + "Response.xml"));
        assertTrue(response.requestId().endsWith("EXAMPLE"));
        return assertInstanceOf(ListFinancialEventsResult.class, response.result());
    }

    @Test
    void typedEventLists() {
        ListFinancialEventsResult result = events("ListFinancialEvents");
        assertEquals("2YgYW55IGNhcm5hbCBwbGVhc3VyZS4=", result.getNextToken());
        FinancialEvents events = result.getFinancialEvents();

        ShipmentEvent shipment = events.getShipmentEventList().get(0);
        assertEquals("333-7654321-7654321", shipment.getAmazonOrderId());
        assertEquals("Amazon.com", shipment.getMarketplaceName());
        assertEquals(Instant.parse("2015-02-13T18:38:45Z"), shipment.getPostedDate());
        assertEquals(new Money("USD", new BigDecimal("10.0")), shipment.getOrderChargeList().get(0).getChargeAmount());
        assertEquals("FBAWeightBasedFee", shipment.getShipmentFeeList().get(0).getFeeType());
        assertEquals(new BigDecimal("-1.99"), shipment.getShipmentFeeList().get(0).getFeeAmount().getAmount());
        assertEquals("StoredValueCardRevenue", shipment.getDirectPaymentList().get(0).getDirectPaymentType());
        ShipmentItem item = shipment.getShipmentItemList().get(0);
        assertEquals("CBA_OTF_1", item.getSellerSKU());
        assertEquals("6882857EXAMPLE", item.getOrderItemId());
        assertEquals(2, item.getQuantityShipped());
        assertEquals(List.of("Principal", "Tax"),
                item.getItemChargeList().stream().map(ChargeComponent::getChargeType).toList());
        assertEquals(new BigDecimal("-3.00"), item.getItemFeeList().get(0).getFeeAmount().getAmount());
        TaxWithheldComponent withheld = item.getItemTaxWithheldList().get(0);
        assertEquals("MarketplaceFacilitator", withheld.getTaxCollectionModel());
        assertEquals("MarketplaceFacilitatorTax-Principal", withheld.getTaxesWithheld().get(0).getChargeType());
        assertEquals("14E2WAZ5EXAMPLE", item.getPromotionList().get(0).getPromotionId());
        assertEquals(0, BigDecimal.ZERO.compareTo(item.getCostOfPointsGranted().getAmount()));

        ShipmentEvent refund = events.getRefundEventList().get(0);
        assertEquals("555-3333333-4444444", refund.getAmazonOrderId());
        assertEquals(Instant.parse("2015-02-14T10:00:00.500Z"), refund.getPostedDate());
        ShipmentItem adjusted = refund.getShipmentItemAdjustmentList().get(0);
        assertEquals("7882857EXAMPLE", adjusted.getOrderAdjustmentItemId());
        assertEquals(new BigDecimal("-10.00"), adjusted.getItemChargeAdjustmentList().get(0).getChargeAmount().getAmount());
        assertEquals(new BigDecimal("1.50"), adjusted.getItemFeeAdjustmentList().get(0).getFeeAmount().getAmount());

        assertTrue(events.getGuaranteeClaimEventList().isEmpty());
        assertTrue(events.getChargebackEventList().isEmpty());

        ServiceFeeEvent fee = events.getServiceFeeEventList().get(0);
        assertEquals("fbaInventoryStorageFee", fee.getFeeReason());
        assertEquals("FBAStorageFee", fee.getFeeList().get(0).getFeeType());
        assertEquals("X0000000FM", fee.getFnSKU());
        assertEquals("B00000K3CQ", fee.getASIN());

        AdjustmentEvent adjustment = events.getAdjustmentEventList().get(0);
        assertEquals("FBAInventoryReimbursement", adjustment.getAdjustmentType());
        assertEquals(new Money("USD", new BigDecimal("12.34")), adjustment.getAdjustmentAmount());
        AdjustmentItem adjustmentItem = adjustment.getAdjustmentItemList().get(0);
        assertEquals("2", adjustmentItem.getQuantity());
        assertEquals(new BigDecimal("6.17"), adjustmentItem.getPerUnitAmount().getAmount());
        assertEquals("Example product", adjustmentItem.getProductDescription());
    }

    @Test
    void unknownEventListsAreKeptAsDomElements() {
        FinancialEvents events = events("ListFinancialEvents").getFinancialEvents();

        List<String> names = events.getOtherEventLists().stream().map(Element::getLocalName).toList();
        assertEquals(List.of("ProductAdsPaymentEventList", "RetrochargeEventList"), names);
        Element retrocharges = events.getOtherEventLists().get(1);
        assertEquals("Retrocharge",
                ((Element) retrocharges.getElementsByTagName("RetrochargeEventType").item(0)).getTextContent());
    }

    @Test
    void recordsAreEveryEventFlattenedWithItsType() {
        ListFinancialEventsResult result = events("ListFinancialEvents");
        List<FinancialEvent> records = result.records();

        assertEquals(List.of("ShipmentEvent", "RefundEvent", "ServiceFeeEvent", "AdjustmentEvent",
                "ProductAdsPaymentEvent", "RetrochargeEvent", "RetrochargeEvent"),
                records.stream().map(FinancialEvent::getEventType).toList());

        FinancialEvent shipment = records.get(0);
        assertTrue(shipment.isModelled());
        assertSame(result.getFinancialEvents().getShipmentEventList().get(0), shipment.getEvent(ShipmentEvent.class));
        assertNull(shipment.getEvent(AdjustmentEvent.class));
        assertEquals("333-7654321-7654321", shipment.getAmazonOrderId());

        FinancialEvent refund = records.get(1);
        assertEquals("RefundEventList", refund.getEventListName());
        assertEquals(Instant.parse("2015-02-14T10:00:00.500Z"), refund.getPostedDate());

        FinancialEvent fee = records.get(2);
        assertNull(fee.getPostedDate(), "service fee events carry no PostedDate");
        assertEquals("777-1111111-2222222", fee.getAmazonOrderId());

        assertEquals(Instant.parse("2015-02-17T08:30:00Z"), records.get(3).getPostedDate());

        FinancialEvent ads = records.get(4);
        assertFalse(ads.isModelled());
        assertInstanceOf(Element.class, ads.getEvent());
        assertNull(ads.getPostedDate(), "spelled postedDate: not the PostedDate element");

        FinancialEvent retro = records.get(6);
        assertEquals("444-5555555-7777777", retro.getAmazonOrderId());
        assertEquals(Instant.parse("2015-02-16T11:00:00Z"), retro.getPostedDate());
        assertTrue(retro.toString().contains("RetrochargeEvent"), retro.toString());
    }

    @Test
    void recordIdsTellEventsApart() {
        List<FinancialEvent> records = events("ListFinancialEvents").records();
        List<String> ids = records.stream().map(FinancialEvent::recordId).toList();

        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), ids.toString());
        assertEquals("ShipmentEvent/333-7654321-7654321/2015-02-13T18:38:45Z/6882857EXAMPLE", ids.get(0));
        assertEquals("RefundEvent/555-3333333-4444444/2015-02-14T10:00:00.500Z/7882857EXAMPLE", ids.get(1));
        assertEquals(ids, events("ListFinancialEvents").records().stream().map(FinancialEvent::recordId).toList(),
                "stable across reads of the same page");
    }

    @Test
    void pagesMergeEveryList() {
        ListFinancialEventsResult first = events("ListFinancialEvents");
        ListFinancialEventsResult last = events("ListFinancialEventsByNextToken");
        assertFalse(last.hasMorePages());
        assertEquals(2, last.records().size());

        first.append(last);

        assertEquals(9, first.records().size());
        assertEquals(2, first.getFinancialEvents().getShipmentEventList().size());
        assertEquals("DebtRecoveryEvent", first.records().get(8).getEventType());
        assertNull(first.getNextToken());
    }

    @Test
    void eventGroups() {
        ParsedResponse response = parser.parse("Finances", "ListFinancialEventGroups",
                bytes("finances/ListFinancialEventGroupsResponse.xml"));
        ListFinancialEventGroupsResult result = assertInstanceOf(ListFinancialEventGroupsResult.class,
                response.result());

        assertTrue(result.hasMorePages());
        assertEquals(2, result.records().size());
        FinancialEventGroup closed = result.records().get(0);
        assertEquals("22YgYW55IGNhcm5hbCBwbGVhc3VyZS4", closed.getFinancialEventGroupId());
        assertEquals("Closed", closed.getProcessingStatus());
        assertEquals("Successful", closed.getFundTransferStatus());
        assertEquals(new Money("USD", new BigDecimal("19.00")), closed.getOriginalTotal());
        assertEquals(new Money("USD", new BigDecimal("19.00")), closed.getConvertedTotal());
        assertEquals(Instant.parse("2014-09-09T07:30:00Z"), closed.getFundTransferDate());
        assertEquals("128311029381HSADJEXAMPLE", closed.getTraceId());
        assertEquals("1212", closed.getAccountTail());
        assertEquals(0, BigDecimal.ZERO.compareTo(closed.getBeginningBalance().getAmount()));
        assertEquals(Instant.parse("2014-09-01T07:30:00Z"), closed.getFinancialEventGroupStart());
        assertEquals(Instant.parse("2014-09-09T07:30:00Z"), closed.getFinancialEventGroupEnd());
        FinancialEventGroup open = result.records().get(1);
        assertEquals("Open", open.getProcessingStatus());
        assertNull(open.getFinancialEventGroupEnd());
        assertNull(open.getFundTransferStatus());
    }
}
