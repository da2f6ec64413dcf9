package org.apache.camel.component.mws;

import org.apache.camel.spi.Metadata;

/**
 * The message headers the mws component reads and writes.
 */
public final class MwsConstants {

    @Metadata(label = "producer",
              description = "Overrides the endpoint's action for this exchange; must be an action of the endpoint's"
                            + " section (any letter case).",
              javaType = "String")
    public static final String ACTION = "CamelMwsAction";

    @Metadata(label = "producer",
              description = "MWS request parameters merged over those of the endpoint URI and of a Map body. Java"
                            + " lists and arrays become Name.Member.N (e.g. OrderStatus -> OrderStatus.Status.1),"
                            + " nested maps become dotted names, dates are written in ISO 8601 UTC; a null value removes"
                            + " a parameter set on the endpoint.",
              javaType = "java.util.Map<String, Object>")
    public static final String PARAMETERS = "CamelMwsParameters";

    @Metadata(description = "In: continue a listing with this NextToken (the ByNextToken twin of the action is"
                            + " called with it). Out: the NextToken of the answer, absent on the last page. A token"
                            + " received from one listing is not taken up by a later call of another listing.",
              javaType = "String")
    public static final String NEXT_TOKEN = "CamelMwsNextToken";

    @Metadata(label = "producer", description = "The RequestId of the answer (keep it for Amazon support).",
              javaType = "String")
    public static final String REQUEST_ID = "CamelMwsRequestId";

    @Metadata(label = "producer",
              description = "The server's timestamp of the request (x-mws-timestamp), else the Timestamp the request"
                            + " was signed with (keep it with the RequestId for Amazon support).",
              javaType = "String")
    public static final String TIMESTAMP = "CamelMwsTimestamp";

    @Metadata(label = "producer",
              description = "Whether more pages follow: HasNext for Reports and Feeds listings, MoreResultsAvailable"
                            + " for Customer Information, the presence of a NextToken otherwise.",
              javaType = "Boolean")
    public static final String HAS_NEXT = "CamelMwsHasNext";

    @Metadata(label = "producer",
              description = "The hourly quota of the operation as the server reported it (x-mws-quota-max).",
              javaType = "Double")
    public static final String QUOTA_MAX = "CamelMwsQuotaMax";

    @Metadata(label = "producer",
              description = "Requests left in the current hour as the server reported them (x-mws-quota-remaining).",
              javaType = "Double")
    public static final String QUOTA_REMAINING = "CamelMwsQuotaRemaining";

    @Metadata(label = "producer",
              description = "When the hourly quota resets, as the server reported it (x-mws-quota-resetsOn).",
              javaType = "java.time.Instant")
    public static final String QUOTA_RESETS_ON = "CamelMwsQuotaResetsOn";

    @Metadata(label = "producer",
              description = "The Content-MD5 of a report or feed processing result (Base64 MD5 of the body).",
              javaType = "String")
    public static final String CONTENT_MD5 = "CamelMwsContentMd5";

    @Metadata(description = "The ReportId of a downloaded or listed report.", javaType = "String")
    public static final String REPORT_ID = "CamelMwsReportId";

    @Metadata(description = "The charset a downloaded report or feed processing result was written in (from its"
                            + " Content-Type, else windows-1252, or windows-31j for Japan, unless reportCharset says"
                            + " otherwise). With decodeReport the body itself is UTF-8.",
              javaType = "String")
    public static final String REPORT_CHARSET = "CamelMwsReportCharset";

    @Metadata(description = "The ReportRequestId of a report request (RequestReport, also with awaitReport).",
              javaType = "String")
    public static final String REPORT_REQUEST_ID = "CamelMwsReportRequestId";

    @Metadata(label = "consumer", description = "The ReportType of the report the exchange carries.",
              javaType = "String")
    public static final String REPORT_TYPE = "CamelMwsReportType";

    @Metadata(label = "consumer", description = "When the report the exchange carries became available.",
              javaType = "java.time.Instant")
    public static final String AVAILABLE_DATE = "CamelMwsAvailableDate";

    @Metadata(label = "consumer",
              description = "The ReportInfo (id, type, request, AvailableDate, Acknowledged) of the report the exchange"
                            + " carries; also the body with downloadReports=false.",
              javaType = "org.apache.camel.component.mws.model.reports.ReportInfo")
    public static final String REPORT_INFO = "CamelMwsReportInfo";

    @Metadata(description = "The FeedSubmissionId of a submitted feed or of its processing result.",
              javaType = "String")
    public static final String FEED_SUBMISSION_ID = "CamelMwsFeedSubmissionId";

    @Metadata(description = "The processing status of a report request or feed submission (e.g. _SUBMITTED_,"
                            + " _DONE_).",
              javaType = "String")
    public static final String PROCESSING_STATUS = "CamelMwsProcessingStatus";

    @Metadata(label = "consumer",
              description = "The seller whose record the exchange carries (the SellerId the listing was made for).",
              javaType = "String")
    public static final String SELLER_ID = "CamelMwsSellerId";

    @Metadata(label = "consumer", description = "The AmazonOrderId of the order the exchange carries.",
              javaType = "String")
    public static final String AMAZON_ORDER_ID = "CamelMwsAmazonOrderId";

    @Metadata(label = "consumer",
              description = "The LastUpdateDate of the order the exchange carries. An order updated again comes again"
                            + " in a later window with a later LastUpdateDate: AmazonOrderId plus LastUpdateDate"
                            + " identifies one version of an order (a key for the idempotent consumer).",
              javaType = "java.time.Instant")
    public static final String LAST_UPDATE_DATE = "CamelMwsLastUpdateDate";

    @Metadata(label = "consumer", description = "The MarketplaceId of the record the exchange carries.",
              javaType = "String")
    public static final String MARKETPLACE_ID = "CamelMwsMarketplaceId";

    @Metadata(label = "consumer",
              description = "With includeOrderItems: the items of the order the exchange carries (every page of"
                            + " ListOrderItems).",
              javaType = "java.util.List<org.apache.camel.component.mws.model.orders.OrderItem>")
    public static final String ORDER_ITEMS = "CamelMwsOrderItems";

    @Metadata(label = "consumer",
              description = "The start of the polling window the record was listed in (the checkpoint it was polled"
                            + " from).",
              javaType = "java.time.Instant")
    public static final String WINDOW_START = "CamelMwsWindowStart";

    @Metadata(label = "consumer",
              description = "The end of the polling window the record was listed in: the checkpoint moves there once"
                            + " every exchange of the window completed.",
              javaType = "java.time.Instant")
    public static final String WINDOW_END = "CamelMwsWindowEnd";

    @Metadata(label = "consumer",
              description = "Finances/ListFinancialEvents consumer: the kind of financial event (ShipmentEvent,"
                            + " RefundEvent, ServiceFeeEvent, AdjustmentEvent, ...).",
              javaType = "String")
    public static final String FINANCIAL_EVENT_TYPE = "CamelMwsFinancialEventType";

    @Metadata(label = "consumer", description = "The PostedDate of the financial event the exchange carries.",
              javaType = "java.time.Instant")
    public static final String POSTED_DATE = "CamelMwsPostedDate";

    @Metadata(label = "consumer", description = "The SellerSKU of the inventory supply the exchange carries.",
              javaType = "String")
    public static final String SELLER_SKU = "CamelMwsSellerSku";

    private MwsConstants() {
    }
}
