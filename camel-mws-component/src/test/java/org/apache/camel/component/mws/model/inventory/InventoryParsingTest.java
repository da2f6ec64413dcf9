package org.apache.camel.component.mws.model.inventory;

import java.time.Instant;

import org.apache.camel.component.mws.model.MwsXmlParser;
import org.apache.camel.component.mws.model.ParsedResponse;
import org.junit.jupiter.api.Test;

import static org.apache.camel.component.mws.model.Resources.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InventoryParsingTest {

    private final MwsXmlParser parser = new MwsXmlParser();

    @Test
    void inventorySupplyWithDetails() {
        ParsedResponse response = parser.parse("FulfillmentInventory", "ListInventorySupply",
                bytes("inventory/ListInventorySupplyResponse.xml"));
        assertEquals("e8698ffa-8e59-11df-9acb-230ae7a8b736", response.requestId());
        ListInventorySupplyResult result = assertInstanceOf(ListInventorySupplyResult.class, response.result());

        assertEquals("ATVPDKIKX0DER", result.getMarketplaceId());
        assertEquals("bmV4dFRva2Vu+/=", result.getNextToken());
        assertNull(result.getHasNext());
        assertTrue(result.hasMorePages());
        assertSame(result.getInventorySupplyList(), result.records());
        assertEquals(2, result.records().size());

        InventorySupply first = result.records().get(0);
        assertEquals("SampleSKU1", first.getSellerSKU());
        assertEquals("X0000000FM", first.getFNSKU());
        assertEquals("B00000K3CQ", first.getASIN());
        assertEquals("NewItem", first.getCondition());
        assertEquals(20, first.getTotalSupplyQuantity());
        assertEquals(15, first.getInStockSupplyQuantity());
        assertEquals("Immediately", first.getEarliestAvailability().getTimepointType());
        assertNull(first.getEarliestAvailability().getDateTime());
        assertEquals(2, first.getSupplyDetail().size());
        InventorySupplyDetail inbound = first.getSupplyDetail().get(1);
        assertEquals(5, inbound.getQuantity());
        assertEquals("Inbound", inbound.getSupplyType());
        assertEquals("DateTime", inbound.getEarliestAvailableToPick().getTimepointType());
        assertEquals(Instant.parse("2010-11-03T00:00:00Z"), inbound.getEarliestAvailableToPick().getDateTime());
        assertEquals(Instant.parse("2010-12-03T00:00:00Z"), inbound.getLatestAvailableToPick().getDateTime());

        InventorySupply second = result.records().get(1);
        assertEquals(0, second.getTotalSupplyQuantity());
        assertTrue(second.getSupplyDetail().isEmpty());
        assertNull(second.getEarliestAvailability());
        assertTrue(second.toString().contains("SampleSKU2"), second.toString());
    }
}
