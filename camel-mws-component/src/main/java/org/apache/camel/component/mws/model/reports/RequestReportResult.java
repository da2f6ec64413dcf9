package org.apache.camel.component.mws.model.reports;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * The result of RequestReport: the new request, normally _SUBMITTED_.
 */
public class RequestReportResult {

    @XmlElement(name = "ReportRequestInfo")
    private ReportRequestInfo reportRequestInfo;

    public ReportRequestInfo getReportRequestInfo() {
        return reportRequestInfo;
    }

    public void setReportRequestInfo(ReportRequestInfo reportRequestInfo) {
        this.reportRequestInfo = reportRequestInfo;
    }

    @Override
    public String toString() {
        return "RequestReportResult["
               + "ReportRequestInfo=" + reportRequestInfo + "]";
    }
}
