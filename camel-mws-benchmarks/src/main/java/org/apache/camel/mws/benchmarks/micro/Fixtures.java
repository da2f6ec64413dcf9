package org.apache.camel.mws.benchmarks.micro;

import java.util.LinkedHashMap;
import java.util.Map;

/** The inputs the micro-benchmarks share: the parameters of a typical ListOrders request. */
final class Fixtures {

    static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    private Fixtures() {
    }

    /** A ListOrders request for two statuses in one marketplace, as the transport signs it (with Timestamp). */
    static Map<String, String> listOrdersParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("AWSAccessKeyId", "AKIAIOSFODNN7EXAMPLE");
        p.put("Action", "ListOrders");
        p.put("SellerId", "A2EXAMPLE7SELLER");
        p.put("MWSAuthToken", "amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE");
        p.put("SignatureMethod", "HmacSHA256");
        p.put("SignatureVersion", "2");
        p.put("Version", "2013-09-01");
        p.put("MarketplaceId.Id.1", "ATVPDKIKX0DER");
        p.put("LastUpdatedAfter", "2017-02-01T18:12:21.000Z");
        p.put("OrderStatus.Status.1", "Unshipped");
        p.put("OrderStatus.Status.2", "PartiallyShipped");
        p.put("MaxResultsPerPage", "100");
        p.put("Timestamp", "2017-02-02T09:30:00.123Z");
        return p;
    }

    /** A GetMatchingProductForId-style request carrying 50 SKUs, some of them needing percent-encoding. */
    static Map<String, String> fiftySkuParameters() {
        Map<String, String> p = listOrdersParameters();
        p.put("Action", "GetMatchingProductForId");
        p.put("IdType", "SellerSKU");
        for (int i = 1; i <= 50; i++) {
            p.put("IdList.Id." + i, i % 5 == 0 ? "SKU/ünïcode " + i : "SKU-" + (100000 + i));
        }
        return p;
    }
}
