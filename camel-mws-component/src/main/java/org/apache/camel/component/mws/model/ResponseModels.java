package org.apache.camel.component.mws.model;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.camel.component.mws.model.common.GetServiceStatusResult;
import org.apache.camel.component.mws.model.feeds.AmazonEnvelope;
import org.apache.camel.component.mws.model.feeds.CancelFeedSubmissionsResult;
import org.apache.camel.component.mws.model.feeds.GetFeedSubmissionCountResult;
import org.apache.camel.component.mws.model.feeds.GetFeedSubmissionListResult;
import org.apache.camel.component.mws.model.feeds.ProcessingReport;
import org.apache.camel.component.mws.model.feeds.SubmitFeedResult;
import org.apache.camel.component.mws.model.finances.ListFinancialEventGroupsResult;
import org.apache.camel.component.mws.model.finances.ListFinancialEventsResult;
import org.apache.camel.component.mws.model.inventory.ListInventorySupplyResult;
import org.apache.camel.component.mws.model.orders.GetOrderResult;
import org.apache.camel.component.mws.model.orders.ListOrderItemsResult;
import org.apache.camel.component.mws.model.orders.ListOrdersResult;
import org.apache.camel.component.mws.model.reports.CancelReportRequestsResult;
import org.apache.camel.component.mws.model.reports.GetReportCountResult;
import org.apache.camel.component.mws.model.reports.GetReportListResult;
import org.apache.camel.component.mws.model.reports.GetReportRequestCountResult;
import org.apache.camel.component.mws.model.reports.GetReportRequestListResult;
import org.apache.camel.component.mws.model.reports.GetReportScheduleCountResult;
import org.apache.camel.component.mws.model.reports.GetReportScheduleListResult;
import org.apache.camel.component.mws.model.reports.ManageReportScheduleResult;
import org.apache.camel.component.mws.model.reports.RequestReportResult;
import org.apache.camel.component.mws.model.reports.UpdateReportAcknowledgementsResult;
import org.apache.camel.component.mws.model.sellers.ListMarketplaceParticipationsResult;

/**
 * Which {@code ...Result} class models which section/action. A ByNextToken operation shares the class of the
 * operation it continues, so that its pages can be merged.
 */
final class ResponseModels {

    private static final String ANY_SECTION = "*";
    private static final String SERVICE_STATUS = "GetServiceStatus";

    private static final Map<String, Class<?>> RESULTS = new HashMap<>();
    private static final Set<Class<?>> DOCUMENTS = new LinkedHashSet<>();

    static {
        listing("Orders", "ListOrders", ListOrdersResult.class);
        put("Orders", "GetOrder", GetOrderResult.class);
        listing("Orders", "ListOrderItems", ListOrderItemsResult.class);

        put("Reports", "RequestReport", RequestReportResult.class);
        listing("Reports", "GetReportRequestList", GetReportRequestListResult.class);
        put("Reports", "GetReportRequestCount", GetReportRequestCountResult.class);
        put("Reports", "CancelReportRequests", CancelReportRequestsResult.class);
        listing("Reports", "GetReportList", GetReportListResult.class);
        put("Reports", "GetReportCount", GetReportCountResult.class);
        put("Reports", "ManageReportSchedule", ManageReportScheduleResult.class);
        listing("Reports", "GetReportScheduleList", GetReportScheduleListResult.class);
        put("Reports", "GetReportScheduleCount", GetReportScheduleCountResult.class);
        put("Reports", "UpdateReportAcknowledgements", UpdateReportAcknowledgementsResult.class);

        put("Feeds", "SubmitFeed", SubmitFeedResult.class);
        listing("Feeds", "GetFeedSubmissionList", GetFeedSubmissionListResult.class);
        put("Feeds", "GetFeedSubmissionCount", GetFeedSubmissionCountResult.class);
        put("Feeds", "CancelFeedSubmissions", CancelFeedSubmissionsResult.class);

        listing("Sellers", "ListMarketplaceParticipations", ListMarketplaceParticipationsResult.class);
        listing("Finances", "ListFinancialEvents", ListFinancialEventsResult.class);
        listing("Finances", "ListFinancialEventGroups", ListFinancialEventGroupsResult.class);
        listing("FulfillmentInventory", "ListInventorySupply", ListInventorySupplyResult.class);

        put(ANY_SECTION, SERVICE_STATUS, GetServiceStatusResult.class);

        DOCUMENTS.add(ErrorResponse.class);
        DOCUMENTS.add(AmazonEnvelope.class);
        DOCUMENTS.add(ProcessingReport.class);
    }

    private ResponseModels() {
    }

    /**
     * @return the result class of that operation, or null when it is not modelled
     */
    static Class<?> resultType(String section, String action) {
        if (section == null || action == null) {
            return null;
        }
        if (SERVICE_STATUS.equalsIgnoreCase(action)) {
            return RESULTS.get(key(ANY_SECTION, SERVICE_STATUS));
        }
        return RESULTS.get(key(section, action));
    }

    /**
     * @return every class the JAXB context must know: the results and the stand-alone documents
     */
    static Class<?>[] allClasses() {
        Set<Class<?>> all = new LinkedHashSet<>(RESULTS.values());
        all.addAll(DOCUMENTS);
        return all.toArray(new Class<?>[0]);
    }

    private static void listing(String section, String action, Class<?> type) {
        put(section, action, type);
        put(section, action + "ByNextToken", type);
    }

    private static void put(String section, String action, Class<?> type) {
        RESULTS.put(key(section, action), type);
    }

    private static String key(String section, String action) {
        return section.toLowerCase(Locale.ROOT) + '/' + action.toLowerCase(Locale.ROOT);
    }
}
