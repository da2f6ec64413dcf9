package org.apache.camel.component.mws.model.reports;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;

import org.apache.camel.component.mws.model.ListingResult;

/**
 * The result of GetReportScheduleList and GetReportScheduleListByNextToken (HN paging).
 */
public class GetReportScheduleListResult extends ListingResult<ReportSchedule> {

    @XmlElement(name = "ReportSchedule")
    private List<ReportSchedule> reportScheduleList;

    /**
     * @return the ReportSchedule elements, a live list (never null)
     */
    public List<ReportSchedule> getReportScheduleList() {
        if (reportScheduleList == null) {
            reportScheduleList = new ArrayList<>();
        }
        return reportScheduleList;
    }

    @Override
    public List<ReportSchedule> records() {
        return getReportScheduleList();
    }
}
