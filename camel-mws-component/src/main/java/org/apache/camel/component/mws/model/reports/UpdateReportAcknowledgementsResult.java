package org.apache.camel.component.mws.model.reports;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * The result of UpdateReportAcknowledgements: how many reports were updated, and their new state.
 */
public class UpdateReportAcknowledgementsResult {

    @XmlElement(name = "Count")
    private Integer count;

    @XmlElement(name = "ReportInfo")
    private List<ReportInfo> reportInfoList;

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    /**
     * @return the ReportInfo elements, a live list (never null)
     */
    public List<ReportInfo> getReportInfoList() {
        if (reportInfoList == null) {
            reportInfoList = new ArrayList<>();
        }
        return reportInfoList;
    }

    @Override
    public String toString() {
        return "UpdateReportAcknowledgementsResult["
               + "Count=" + count + "]";
    }
}
