package org.apache.camel.mws.simulator.market.reports;

import org.apache.camel.mws.simulator.market.xml.Xml;

/** Writes ReportRequestInfo, ReportInfo and ReportSchedule elements (dates as the Reports servers wrote them). */
final class ReportXml {

    private ReportXml() {
    }

    static void requestInfo(Xml x, ReportRequest r, long t) {
        String status = r.status(t);
        x.open("ReportRequestInfo");
        x.el("ReportRequestId", Long.toString(r.requestId));
        x.el("ReportType", r.kind.type());
        x.dateOffset("StartDate", r.startDate);
        x.dateOffset("EndDate", r.endDate);
        x.el("Scheduled", r.origin != ReportRequest.Origin.REQUESTED);
        x.dateOffset("SubmittedDate", r.submitted);
        x.el("ReportProcessingStatus", status);
        if ("_DONE_".equals(status)) {
            x.el("GeneratedReportId", Long.toString(r.reportId));
        }
        if (!"_SUBMITTED_".equals(status) && r.started <= t && (r.cancelledAt() < 0 || r.cancelledAt() >= r.started)) {
            x.dateOffset("StartedProcessingDate", r.started);
        }
        if (status.startsWith("_DONE")) {
            x.dateOffset("CompletedDate", r.completed);
        } else if ("_CANCELLED_".equals(status)) {
            x.dateOffset("CompletedDate", r.cancelledAt());
        }
        x.close("ReportRequestInfo");
    }

    static void reportInfo(Xml x, ReportRequest r, long t) {
        x.open("ReportInfo");
        x.el("ReportId", Long.toString(r.reportId));
        x.el("ReportType", r.kind.type());
        x.el("ReportRequestId", Long.toString(r.requestId));
        x.dateOffset("AvailableDate", r.completed);
        boolean ack = r.acknowledged(t);
        x.el("Acknowledged", ack);
        if (ack) {
            x.dateOffset("AcknowledgedDate", r.acknowledgedDate(t));
        }
        x.close("ReportInfo");
    }

    static void schedule(Xml x, String type, String schedule, long scheduledDate) {
        x.open("ReportSchedule").el("ReportType", type).el("Schedule", schedule);
        if (scheduledDate > 0) {
            x.dateOffset("ScheduledDate", scheduledDate);
        }
        x.close("ReportSchedule");
    }
}
