package org.apache.camel.mws.examples.reports;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.model.reports.ReportInfo;
import org.apache.camel.mws.examples.SellerEndpoints;
import org.apache.camel.mws.examples.config.SellerSettings;

/**
 * Reports into files: a daily orders report is scheduled for each seller (ManageReportSchedule, which also produces
 * one right away), and an {@code mws:Reports/GetReportList?acknowledge=true} consumer per seller emits every new
 * orders or settlement report - downloaded, its Content-MD5 checked, decoded from its charset (windows-31j for Japan,
 * ...) to UTF-8 - which is written to {@code <directory>/<seller>/<reportType>/<date>-<reportId>.tsv} (through a
 * temporary file, renamed when complete); the consumer acknowledges it only once the file is written. A report whose
 * file could not be written stays unacknowledged and comes again.
 */
public final class ReportRoutes extends RouteBuilder {

    /** The daily orders report. */
    public static final String ORDERS_REPORT = "_GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_";
    /** The settlement report Amazon generates at the end of each settlement period. */
    public static final String SETTLEMENT_REPORT = "_GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_";

    private static final String LOG_NAME = "org.apache.camel.mws.examples.Reports";

    private final List<SellerSettings> sellers;
    private final Path directory;
    private final Duration pollInterval;

    public ReportRoutes(List<SellerSettings> sellers, Path directory, Duration pollInterval) {
        this.sellers = List.copyOf(sellers);
        this.directory = directory;
        this.pollInterval = pollInterval;
    }

    /** The file a report goes to, relative to the reports directory. */
    public static String fileName(String sellerId, ReportInfo report) {
        return sellerId + "/" + report.getReportType() + "/"
               + report.getAvailableDate().atOffset(ZoneOffset.UTC).toLocalDate() + "-" + report.getReportId() + ".tsv";
    }

    @Override
    public void configure() {
        SellerEndpoints endpoints = new SellerEndpoints(getCamelContext());
        // written to a temporary file beside the final one, renamed when complete
        String files = "file:" + directory.toAbsolutePath()
                       + "?fileExist=Override&tempFileName=${file:onlyname}.part";
        for (SellerSettings seller : sellers) {
            String id = seller.sellerId();
            from("timer:report-schedule-" + id + "?repeatCount=1&delay=500").routeId("report-schedule-" + id)
                    .setHeader(MwsConstants.PARAMETERS,
                            constant(Map.of("ReportType", ORDERS_REPORT, "Schedule", "_1_DAY_")))
                    .to(endpoints.endpoint(seller, "Reports/ManageReportSchedule", ""))
                    .log("Seller " + id + ": a daily orders report is scheduled (the first one now)");

            // every new orders or settlement report, downloaded (MD5-checked, decoded to UTF-8); acknowledged by the
            // consumer only once its exchange completed, that is once the file is written
            from(endpoints.endpoint(seller, "Reports/GetReportList", "reportTypes=" + ORDERS_REPORT + ","
                                                                     + SETTLEMENT_REPORT
                                                                     + "&acknowledge=true&decodeReport=true&delay="
                                                                     + pollInterval.toMillis()))
                    .routeId("reports-" + id)
                    .onException(Exception.class).handled(false).logExhausted(false)
                        .log(LoggingLevel.WARN, LOG_NAME, "Seller " + id + ": report ${header."
                                                          + MwsConstants.REPORT_ID + "} not written"
                                                          + " (${exception.message}); it stays unacknowledged and"
                                                          + " comes again")
                    .end()
                    .process(exchange -> exchange.getMessage().setHeader(Exchange.FILE_NAME,
                            fileName(id, exchange.getMessage().getHeader(MwsConstants.REPORT_INFO, ReportInfo.class))))
                    .to(files)
                    .log("Seller " + id + ": report ${header." + MwsConstants.REPORT_ID + "} (${header."
                         + MwsConstants.REPORT_TYPE + "}) written to " + directory
                         + "/${header.CamelFileName} (from ${header."
                         + MwsConstants.REPORT_CHARSET + "}, now UTF-8); acknowledged once done");
        }
    }
}
