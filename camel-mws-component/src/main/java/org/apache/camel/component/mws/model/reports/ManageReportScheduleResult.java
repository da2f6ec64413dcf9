package org.apache.camel.component.mws.model.reports;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * The result of ManageReportSchedule: the number of schedules affected and the schedules as they now are.
 */
public class ManageReportScheduleResult {

    @XmlElement(name = "Count")
    private Integer count;

    @XmlElement(name = "ReportSchedule")
    private List<ReportSchedule> reportScheduleList;

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

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
    public String toString() {
        return "ManageReportScheduleResult["
               + "Count=" + count + "]";
    }
}
