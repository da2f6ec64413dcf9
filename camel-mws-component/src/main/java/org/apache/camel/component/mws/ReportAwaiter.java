package org.apache.camel.component.mws;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.mws.catalog.Section;
import org.apache.camel.component.mws.model.reports.GetReportRequestListResult;
import org.apache.camel.component.mws.model.reports.ReportRequestInfo;
import org.apache.camel.component.mws.transport.MwsCall;
import org.apache.camel.component.mws.transport.MwsClient;
import org.apache.camel.component.mws.transport.MwsResponse;

/**
 * {@code awaitReport}: after RequestReport, polls GetReportRequestList for the request until it is {@code _DONE_}
 * (then downloads the report with GetReport), {@code _DONE_NO_DATA_} (an empty body) or {@code _CANCELLED_} (an
 * exception).
 */
final class ReportAwaiter {

    static final String DONE = "_DONE_";
    static final String DONE_NO_DATA = "_DONE_NO_DATA_";
    static final String CANCELLED = "_CANCELLED_";
    private static final Set<String> FINAL = Set.of(DONE, DONE_NO_DATA, CANCELLED);

    private final MwsClient client;
    private final ResponseInterpreter interpreter;
    private final ProcessingPoller poller;
    private final ReportDownloader downloader;

    ReportAwaiter(MwsClient client, ResponseInterpreter interpreter, ProcessingPoller poller,
                  ReportDownloader downloader) {
        this.client = client;
        this.interpreter = interpreter;
        this.poller = poller;
        this.downloader = downloader;
    }

    /**
     * @param exchange        receives the report (or an empty body) and its headers
     * @param requestCall     the RequestReport call, whose seller and MWSAuthToken the follow-up calls use
     * @param reportRequestId the ReportRequestId RequestReport answered
     * @param output          how to hand the report over
     * @param spoolDirectory  where an empty file goes for {@code _DONE_NO_DATA_} with {@code reportOutput=file}
     */
    void await(Exchange exchange, MwsCall requestCall, String reportRequestId, MwsReportOutput output,
               Path spoolDirectory) throws IOException {
        Section section = requestCall.section();
        String operation = requestCall.operationName();
        Map<String, String> listParameters = identity(requestCall);
        listParameters.put("ReportRequestIdList.Id.1", reportRequestId);
        MwsCall list = client.newCall(section, section.action("GetReportRequestList"), listParameters, null);

        ProcessingPoller.Status done = poller.await(operation, "ReportRequestId", reportRequestId, FINAL,
                () -> status(list, reportRequestId));
        ReportRequestInfo info = (ReportRequestInfo) done.info();
        Message out = exchange.getMessage();
        out.setHeader(MwsConstants.PROCESSING_STATUS, done.status());
        switch (done.status()) {
            case CANCELLED -> {
                MwsError error = new MwsError(operation, 0, null, null, null, done.requestId(), done.timestamp());
                throw new MwsProcessingCancelledException("MWS " + operation + ": the report request "
                                                          + reportRequestId + " (" + info.getReportType()
                                                          + ") was cancelled; there is no report" + error.trace(),
                        error, reportRequestId);
            }
            case DONE_NO_DATA -> {
                ReportDelivery.deliverEmpty(exchange, spoolDirectory, output);
                out.removeHeader(MwsConstants.REPORT_ID);
            }
            default -> {
                String reportId = info.getGeneratedReportId();
                if (reportId == null || reportId.isBlank()) {
                    throw new MwsException("MWS " + operation + ": the report request " + reportRequestId
                                           + " is _DONE_ but names no GeneratedReportId",
                            new MwsError(operation, 0, null, null, null, done.requestId(), done.timestamp()));
                }
                Map<String, String> getParameters = identity(requestCall);
                getParameters.put("ReportId", reportId);
                out.setHeader(MwsConstants.REPORT_ID, reportId);
                RawBodySpooler.Spooled spooled = downloader.download(
                        client.newCall(section, section.action("GetReport"), getParameters, null));
                ReportDelivery.deliver(exchange, spooled, output);
                out.setHeader(MwsConstants.REQUEST_ID, spooled.head().requestId());
                out.setHeader(MwsConstants.TIMESTAMP, spooled.head().timestamp());
            }
        }
    }

    private ProcessingPoller.Status status(MwsCall list, String reportRequestId) {
        MwsResponse response = client.execute(list);
        MwsReply reply = interpreter.interpret(response, MwsResultFormat.object);
        GetReportRequestListResult result = (GetReportRequestListResult) reply.body();
        for (ReportRequestInfo info : result.records()) {
            if (reportRequestId.equals(info.getReportRequestId())) {
                return new ProcessingPoller.Status(info.getReportProcessingStatus(), info, reply.requestId(),
                        response.head().timestamp());
            }
        }
        return new ProcessingPoller.Status(null, null, reply.requestId(), response.head().timestamp());
    }

    /** The seller and authorization the original call acted with, for the follow-up calls. */
    static Map<String, String> identity(MwsCall call) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("SellerId", call.sellerId());
        if (call.parameter("MWSAuthToken") != null) {
            p.put("MWSAuthToken", call.parameter("MWSAuthToken"));
        }
        return p;
    }
}
