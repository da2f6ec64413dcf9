package org.apache.camel.component.mws.catalog;

import java.util.Map;

/**
 * The member names of MWS list parameters. MWS writes a list as {@code Name.Member.N} and the member differs by
 * parameter ({@code MarketplaceId.Id.1}, {@code OrderStatus.Status.1}, {@code SellerSkus.member.1}); callers give the
 * plain name and a Java list, this table supplies the member.
 */
public final class ListParameterNames {

    /**
     * The member used when a list parameter is not in the table: the AWS query convention that the FBA sections
     * follow.
     */
    public static final String DEFAULT_MEMBER = "member";

    private static final Map<String, String> MEMBERS = Map.ofEntries(
            // Orders
            Map.entry("MarketplaceId", "Id"),
            Map.entry("OrderStatus", "Status"),
            Map.entry("FulfillmentChannel", "Channel"),
            Map.entry("PaymentMethod", "Method"),
            Map.entry("AmazonOrderId", "Id"),
            Map.entry("TFMShipmentStatus", "Status"),
            Map.entry("EasyShipShipmentStatus", "Status"),
            // Reports and Feeds
            Map.entry("MarketplaceIdList", "Id"),
            Map.entry("ReportTypeList", "Type"),
            Map.entry("ReportRequestIdList", "Id"),
            Map.entry("ReportIdList", "Id"),
            Map.entry("ReportProcessingStatusList", "Status"),
            Map.entry("FeedSubmissionIdList", "Id"),
            Map.entry("FeedTypeList", "Type"),
            Map.entry("FeedProcessingStatusList", "Status"),
            // Products
            Map.entry("IdList", "Id"),
            Map.entry("SellerSKUList", "SellerSKU"),
            Map.entry("ASINList", "ASIN"),
            // Fulfillment sections
            Map.entry("SellerSkus", "member"),
            Map.entry("ShipmentIdList", "member"),
            Map.entry("ShipmentStatusList", "member"));

    private ListParameterNames() {
    }

    /**
     * @param  name a list parameter name without member, e.g. {@code OrderStatus}
     * @return      its member name, e.g. {@code Status}; {@link #DEFAULT_MEMBER} for a name not in the table
     */
    public static String memberOf(String name) {
        return MEMBERS.getOrDefault(name, DEFAULT_MEMBER);
    }

    /**
     * @param  name a list parameter name without member
     * @return      true when the table knows its member name
     */
    public static boolean isKnown(String name) {
        return MEMBERS.containsKey(name);
    }
}
