package org.apache.camel.component.mws.model.reports;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * The result of CancelReportRequests: how many requests were cancelled, and which.
 */
public class CancelReportRequestsResult {

    @XmlElement(name = "Count")
    private Integer count;

    @XmlElement(name = "ReportRequestInfo")
    private List<ReportRequestInfo> reportRequestInfoList;

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    /**
     * @return the ReportRequestInfo elements, a live list (never null)
     */
    public List<ReportRequestInfo> getReportRequestInfoList() {
        if (reportRequestInfoList == null) {
            reportRequestInfoList = new ArrayList<>();
        }
        return reportRequestInfoList;
    }

    @Override
    public String toString() {
        return "CancelReportRequestsResult["
               + "Count=" + count + "]";
    }
}
