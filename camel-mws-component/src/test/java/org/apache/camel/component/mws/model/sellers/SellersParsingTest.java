package org.apache.camel.component.mws.model.sellers;

import org.apache.camel.component.mws.model.MwsXmlParser;
import org.apache.camel.component.mws.model.ParsedResponse;
import org.junit.jupiter.api.Test;

import static org.apache.camel.component.mws.model.Resources.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SellersParsingTest {

    private final MwsXmlParser parser = new MwsXmlParser();

    @Test
    void participationsAndMarketplacesAcrossPages() {
        ParsedResponse response = parser.parse("Sellers", "ListMarketplaceParticipations",
                bytes("sellers/ListMarketplaceParticipationsResponse.xml"));
        assertEquals("efd6a5b7-4a1e-4e3d-9f3b-7f1a2b3c4d5e", response.requestId());
        ListMarketplaceParticipationsResult first = assertInstanceOf(ListMarketplaceParticipationsResult.class,
                response.result());

        assertEquals("MRgZW55IGNhcm5hbCBwbGVhc3VyZS6=", first.getNextToken());
        assertNull(first.getHasNext());
        assertEquals(2, first.records().size());
        Participation us = first.records().get(0);
        assertEquals("ATVPDKIKX0DER", us.getMarketplaceId());
        assertEquals("A135KKEKWF1J56", us.getSellerId());
        assertEquals("No", us.getHasSellerSuspendedListings());
        assertFalse(us.isSuspendedListings());
        assertTrue(first.records().get(1).isSuspendedListings());

        Marketplace ca = first.findMarketplace("A2EUQ1WTGCTBG2");
        assertEquals("Amazon.ca", ca.getName());
        assertEquals("CA", ca.getDefaultCountryCode());
        assertEquals("CAD", ca.getDefaultCurrencyCode());
        assertEquals("en_CA", ca.getDefaultLanguageCode());
        assertEquals("www.amazon.ca", ca.getDomainName());

        ListMarketplaceParticipationsResult last = (ListMarketplaceParticipationsResult) parser
                .parse("Sellers", "ListMarketplaceParticipationsByNextToken",
                        bytes("sellers/ListMarketplaceParticipationsByNextTokenResponse.xml"))
                .result();
        assertFalse(last.hasMorePages());
        first.append(last);
        assertEquals(3, first.records().size());
        assertEquals(3, first.getMarketplaces().size());
        assertEquals("Amazon.com.mx", first.findMarketplace("A1AM78C64UM0Y8").getName());
        assertFalse(first.hasMorePages());
    }
}
