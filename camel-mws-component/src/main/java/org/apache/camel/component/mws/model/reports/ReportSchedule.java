package org.apache.camel.component.mws.model.reports;

import java.time.Instant;

import jakarta.xml.bind.annotation.XmlElement;

import org.apache.camel.component.mws.model.MwsRecord;

/**
 * A report schedule: the report type, the schedule (_15_MINUTES_ ... _30_DAYS_, _NEVER_) and the next scheduled
 * date.
 */
public class ReportSchedule implements MwsRecord {

    @XmlElement(name = "ReportType")
    private String reportType;

    @XmlElement(name = "Schedule")
    private String schedule;

    @XmlElement(name = "ScheduledDate")
    private Instant scheduledDate;

    public String getReportType() {
        return reportType;
    }

    public void setReportType(String reportType) {
        this.reportType = reportType;
    }

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }

    public Instant getScheduledDate() {
        return scheduledDate;
    }

    public void setScheduledDate(Instant scheduledDate) {
        this.scheduledDate = scheduledDate;
    }

    @Override
    public String recordId() {
        return reportType + "/" + schedule;
    }

    @Override
    public String toString() {
        return "ReportSchedule["
               + "ReportType=" + reportType
               + ", Schedule=" + schedule
               + ", ScheduledDate=" + scheduledDate + "]";
    }
}
