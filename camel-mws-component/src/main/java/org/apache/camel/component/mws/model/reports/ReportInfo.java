package org.apache.camel.component.mws.model.reports;

import java.time.Instant;

import jakarta.xml.bind.annotation.XmlElement;

import org.apache.camel.component.mws.model.MwsRecord;

/**
 * A report ready for download (GetReportList): ReportId, type, the request it came from, when it became
 * available and whether it was acknowledged.
 */
public class ReportInfo implements MwsRecord {

    @XmlElement(name = "ReportId")
    private String reportId;

    @XmlElement(name = "ReportType")
    private String reportType;

    @XmlElement(name = "ReportRequestId")
    private String reportRequestId;

    @XmlElement(name = "AvailableDate")
    private Instant availableDate;

    @XmlElement(name = "Acknowledged")
    private Boolean acknowledged;

    @XmlElement(name = "AcknowledgedDate")
    private Instant acknowledgedDate;

    public String getReportId() {
        return reportId;
    }

    public void setReportId(String reportId) {
        this.reportId = reportId;
    }

    public String getReportType() {
        return reportType;
    }

    public void setReportType(String reportType) {
        this.reportType = reportType;
    }

    public String getReportRequestId() {
        return reportRequestId;
    }

    public void setReportRequestId(String reportRequestId) {
        this.reportRequestId = reportRequestId;
    }

    public Instant getAvailableDate() {
        return availableDate;
    }

    public void setAvailableDate(Instant availableDate) {
        this.availableDate = availableDate;
    }

    public Boolean getAcknowledged() {
        return acknowledged;
    }

    public void setAcknowledged(Boolean acknowledged) {
        this.acknowledged = acknowledged;
    }

    public Instant getAcknowledgedDate() {
        return acknowledgedDate;
    }

    public void setAcknowledgedDate(Instant acknowledgedDate) {
        this.acknowledgedDate = acknowledgedDate;
    }

    @Override
    public String recordId() {
        return String.valueOf(reportId);
    }

    @Override
    public String toString() {
        return "ReportInfo["
               + "ReportId=" + reportId
               + ", ReportType=" + reportType
               + ", ReportRequestId=" + reportRequestId
               + ", AvailableDate=" + availableDate
               + ", Acknowledged=" + acknowledged + "]";
    }
}
