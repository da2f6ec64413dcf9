package org.apache.camel.component.mws.model.reports;

import java.time.Instant;

import org.apache.camel.component.mws.model.MwsXmlParser;
import org.apache.camel.component.mws.model.ParsedResponse;
import org.junit.jupiter.api.Test;

import static org.apache.camel.component.mws.model.Resources.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportsParsingTest {

    private final MwsXmlParser parser = new MwsXmlParser();

    private Object result(String action) {
        ParsedResponse response = parser.parse("Reports", action, bytes("reports/" + action + "Response.xml"));
        assertTrue(response.requestId() != null && !response.requestId().isBlank(), "RequestId of " + action);
        return response.result();
    }

    @Test
    void requestReport() {
        RequestReportResult result = assertInstanceOf(RequestReportResult.class, result("RequestReport"));
        ReportRequestInfo info = result.getReportRequestInfo();

        assertEquals("2291326454", info.getReportRequestId());
        assertEquals("_GET_MERCHANT_LISTINGS_DATA_", info.getReportType());
        assertEquals(Instant.parse("2009-01-21T02:10:39Z"), info.getStartDate());
        assertEquals(Instant.parse("2009-02-13T02:10:39Z"), info.getEndDate());
        assertEquals(Boolean.FALSE, info.getScheduled());
        assertEquals(Instant.parse("2009-02-20T02:10:39Z"), info.getSubmittedDate());
        assertEquals("_SUBMITTED_", info.getReportProcessingStatus());
        assertNull(info.getGeneratedReportId());
        assertTrue(info.toString().contains("2291326454") && info.toString().contains("_SUBMITTED_"), info.toString());
    }

    @Test
    void reportRequestListHnPagingFirstAndLastPage() {
        GetReportRequestListResult first = assertInstanceOf(GetReportRequestListResult.class,
                result("GetReportRequestList"));
        assertEquals("2YgYW55IGNhcm5hbCBwbGVhc3VyZS4=", first.getNextToken());
        assertEquals(Boolean.TRUE, first.getHasNext());
        assertTrue(first.hasMorePages());
        assertSame(first.getReportRequestInfoList(), first.records());
        assertEquals(2, first.records().size());

        ReportRequestInfo done = first.records().get(0);
        assertEquals("_DONE_", done.getReportProcessingStatus());
        assertEquals("3538561173", done.getGeneratedReportId());
        assertEquals(Instant.parse("2009-02-20T02:10:41Z"), done.getStartedProcessingDate());
        assertEquals(Instant.parse("2009-02-20T02:12:45Z"), done.getCompletedDate());
        ReportRequestInfo inProgress = first.records().get(1);
        assertEquals("_IN_PROGRESS_", inProgress.getReportProcessingStatus());
        assertEquals(Boolean.TRUE, inProgress.getScheduled());
        assertEquals(Instant.parse("2009-02-20T02:11:05.250Z"), inProgress.getStartedProcessingDate());

        GetReportRequestListResult last = assertInstanceOf(GetReportRequestListResult.class,
                result("GetReportRequestListByNextToken"));
        assertEquals(Boolean.FALSE, last.getHasNext());
        assertNull(last.getNextToken());
        assertFalse(last.hasMorePages());
        assertEquals("_CANCELLED_", last.records().get(0).getReportProcessingStatus());

        first.append(last);
        assertEquals(3, first.records().size());
        assertEquals(Boolean.FALSE, first.getHasNext());
    }

    @Test
    void counts() {
        assertEquals(1276, ((GetReportRequestCountResult) result("GetReportRequestCount")).getCount());
        assertEquals(166, ((GetReportCountResult) result("GetReportCount")).getCount());
        assertEquals(18, ((GetReportScheduleCountResult) result("GetReportScheduleCount")).getCount());
    }

    @Test
    void cancelReportRequests() {
        CancelReportRequestsResult result = assertInstanceOf(CancelReportRequestsResult.class,
                result("CancelReportRequests"));
        assertEquals(1, result.getCount());
        assertEquals("_CANCELLED_", result.getReportRequestInfoList().get(0).getReportProcessingStatus());
    }

    @Test
    void reportListWithHasNextFalseDespiteAToken() {
        GetReportListResult first = assertInstanceOf(GetReportListResult.class, result("GetReportList"));
        assertTrue(first.hasMorePages());
        assertEquals(2, first.records().size());
        ReportInfo settlement = first.records().get(0);
        assertEquals("898899473", settlement.getReportId());
        assertEquals("_GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_", settlement.getReportType());
        assertEquals("2278662938", settlement.getReportRequestId());
        assertEquals(Instant.parse("2009-02-10T09:22:33Z"), settlement.getAvailableDate());
        assertEquals(Boolean.FALSE, settlement.getAcknowledged());
        assertNull(settlement.getAcknowledgedDate());
        ReportInfo acknowledged = first.records().get(1);
        assertEquals(Boolean.TRUE, acknowledged.getAcknowledged());
        assertEquals(Instant.parse("2009-02-11T10:00:00Z"), acknowledged.getAcknowledgedDate());

        GetReportListResult last = assertInstanceOf(GetReportListResult.class, result("GetReportListByNextToken"));
        assertEquals("none", last.getNextToken());
        assertEquals(Boolean.FALSE, last.getHasNext());
        assertFalse(last.hasMorePages(), "HasNext=false ends an HN listing whatever the token");
    }

    @Test
    void schedules() {
        ManageReportScheduleResult managed = assertInstanceOf(ManageReportScheduleResult.class,
                result("ManageReportSchedule"));
        assertEquals(1, managed.getCount());
        ReportSchedule schedule = managed.getReportScheduleList().get(0);
        assertEquals("_GET_ORDERS_DATA_", schedule.getReportType());
        assertEquals("_30_DAYS_", schedule.getSchedule());
        assertEquals(Instant.parse("2009-02-20T02:10:42Z"), schedule.getScheduledDate());

        GetReportScheduleListResult list = assertInstanceOf(GetReportScheduleListResult.class,
                result("GetReportScheduleList"));
        assertEquals(2, list.records().size());
        assertEquals("_1_DAY_", list.records().get(1).getSchedule());
        assertFalse(list.hasMorePages());
    }

    @Test
    void updateReportAcknowledgements() {
        UpdateReportAcknowledgementsResult result = assertInstanceOf(UpdateReportAcknowledgementsResult.class,
                result("UpdateReportAcknowledgements"));
        assertEquals(1, result.getCount());
        ReportInfo info = result.getReportInfoList().get(0);
        assertEquals(Boolean.TRUE, info.getAcknowledged());
        assertEquals(Instant.parse("2009-02-20T02:10:39Z"), info.getAcknowledgedDate());
    }
}
