package org.apache.camel.component.mws.model.common;

import java.time.Instant;

import org.apache.camel.component.mws.model.MwsXmlParser;
import org.apache.camel.component.mws.model.ParsedResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.apache.camel.component.mws.model.Resources.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceStatusParsingTest {

    private final MwsXmlParser parser = new MwsXmlParser();

    @Test
    void statusWithMessagesInTheOrdersNamespace() {
        ParsedResponse response = parser.parse("Orders", "GetServiceStatus",
                bytes("common/GetServiceStatusResponse-Orders.xml"));
        GetServiceStatusResult status = assertInstanceOf(GetServiceStatusResult.class, response.result());

        assertEquals("d80c6c7b-f7c7-4fa7-bdd7-854711cb3bcc", response.requestId());
        assertEquals("GREEN_I", status.getStatus());
        assertTrue(status.isOperational());
        assertEquals(Instant.parse("2013-09-05T18:12:21Z"), status.getTimestamp());
        assertEquals("173964729I", status.getMessageId());
        assertEquals(2, status.getMessages().size());
        assertEquals("en_US", status.getMessages().get(0).getLocale());
        assertEquals("We are experiencing high latency in UK because of heavy traffic.",
                status.getMessages().get(0).getText());
        assertEquals("Hohe Latenz in Großbritannien wegen starkem Verkehr.", status.getMessages().get(1).getText());
    }

    @ParameterizedTest
    @ValueSource(strings = { "Products", "Feeds", "Reports", "Finances", "Sellers", "FulfillmentInventory",
            "CustomerInformation", "products" })
    void anySectionReadsTheSameResult(String section) {
        assertTrue(parser.hasModel(section, "GetServiceStatus"));
        GetServiceStatusResult status = (GetServiceStatusResult) parser
                .parse(section, "GetServiceStatus", bytes("common/GetServiceStatusResponse-Products.xml")).result();

        assertEquals("GREEN", status.getStatus());
        assertNull(status.getMessageId());
        assertTrue(status.getMessages().isEmpty());
    }

    @Test
    void redIsNotOperational() {
        GetServiceStatusResult status = new GetServiceStatusResult();
        status.setStatus("RED");
        assertFalse(status.isOperational());
    }
}
