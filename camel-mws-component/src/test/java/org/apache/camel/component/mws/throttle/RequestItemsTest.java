package org.apache.camel.component.mws.throttle;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestItemsTest {

    @Test
    void countsTheMembersOfTheRequestList() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("MarketplaceId", "ATVPDKIKX0DER");
        params.put("IdType", "ASIN");
        params.put("IdList.Id.1", "B000000001");
        params.put("IdList.Id.2", "B000000002");
        params.put("IdList.Id.3", "B000000003");
        assertEquals(3, RequestItems.count(params));
    }

    @Test
    void countsIndexesNotFields() {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 1; i <= 4; i++) {
            params.put("FeesEstimateRequestList.FeesEstimateRequest." + i + ".MarketplaceId", "ATVPDKIKX0DER");
            params.put("FeesEstimateRequestList.FeesEstimateRequest." + i + ".IdValue", "B00000000" + i);
            params.put("FeesEstimateRequestList.FeesEstimateRequest." + i + ".PriceToEstimateFees.ListingPrice.Amount", "9.99");
        }
        assertEquals(4, RequestItems.count(params));
    }

    @Test
    void requestWithoutListCostsOne() {
        assertEquals(1, RequestItems.count(Map.of("MarketplaceId", "ATVPDKIKX0DER", "Query", "camel")));
        assertEquals(1, RequestItems.count(Map.of()));
        assertEquals(1, RequestItems.count(null));
        // members of lists that are not item lists still need the ".List." shape
        assertEquals(1, RequestItems.count(Map.of("MarketplaceId.Id.1", "A", "MarketplaceId.Id.2", "B")));
        assertEquals(1, RequestItems.count(Map.of("ASINList.ASIN.first", "B000000001")));
    }

    @Test
    void largestListWins() {
        assertEquals(2, RequestItems.count(Map.of("SellerSKUList.SellerSKU.1", "a", "SellerSKUList.SellerSKU.2", "b",
                "ASINList.ASIN.1", "c")));
    }
}
