package org.apache.camel.component.mws.model.reports;

import java.time.Instant;

import jakarta.xml.bind.annotation.XmlElement;

import org.apache.camel.component.mws.model.MwsRecord;

/**
 * A report request: its id, type, date range, processing status (_SUBMITTED_, _IN_PROGRESS_, _CANCELLED_,
 * _DONE_, _DONE_NO_DATA_) and, once _DONE_, the GeneratedReportId to download with GetReport.
 */
public class ReportRequestInfo implements MwsRecord {

    @XmlElement(name = "ReportRequestId")
    private String reportRequestId;

    @XmlElement(name = "ReportType")
    private String reportType;

    @XmlElement(name = "StartDate")
    private Instant startDate;

    @XmlElement(name = "EndDate")
    private Instant endDate;

    @XmlElement(name = "Scheduled")
    private Boolean scheduled;

    @XmlElement(name = "SubmittedDate")
    private Instant submittedDate;

    @XmlElement(name = "ReportProcessingStatus")
    private String reportProcessingStatus;

    @XmlElement(name = "GeneratedReportId")
    private String generatedReportId;

    @XmlElement(name = "StartedProcessingDate")
    private Instant startedProcessingDate;

    @XmlElement(name = "CompletedDate")
    private Instant completedDate;

    public String getReportRequestId() {
        return reportRequestId;
    }

    public void setReportRequestId(String reportRequestId) {
        this.reportRequestId = reportRequestId;
    }

    public String getReportType() {
        return reportType;
    }

    public void setReportType(String reportType) {
        this.reportType = reportType;
    }

    public Instant getStartDate() {
        return startDate;
    }

    public void setStartDate(Instant startDate) {
        this.startDate = startDate;
    }

    public Instant getEndDate() {
        return endDate;
    }

    public void setEndDate(Instant endDate) {
        this.endDate = endDate;
    }

    public Boolean getScheduled() {
        return scheduled;
    }

    public void setScheduled(Boolean scheduled) {
        this.scheduled = scheduled;
    }

    public Instant getSubmittedDate() {
        return submittedDate;
    }

    public void setSubmittedDate(Instant submittedDate) {
        this.submittedDate = submittedDate;
    }

    public String getReportProcessingStatus() {
        return reportProcessingStatus;
    }

    public void setReportProcessingStatus(String reportProcessingStatus) {
        this.reportProcessingStatus = reportProcessingStatus;
    }

    public String getGeneratedReportId() {
        return generatedReportId;
    }

    public void setGeneratedReportId(String generatedReportId) {
        this.generatedReportId = generatedReportId;
    }

    public Instant getStartedProcessingDate() {
        return startedProcessingDate;
    }

    public void setStartedProcessingDate(Instant startedProcessingDate) {
        this.startedProcessingDate = startedProcessingDate;
    }

    public Instant getCompletedDate() {
        return completedDate;
    }

    public void setCompletedDate(Instant completedDate) {
        this.completedDate = completedDate;
    }

    @Override
    public String recordId() {
        return String.valueOf(reportRequestId);
    }

    @Override
    public String toString() {
        return "ReportRequestInfo["
               + "ReportRequestId=" + reportRequestId
               + ", ReportType=" + reportType
               + ", ReportProcessingStatus=" + reportProcessingStatus
               + ", SubmittedDate=" + submittedDate
               + ", GeneratedReportId=" + generatedReportId + "]";
    }
}
