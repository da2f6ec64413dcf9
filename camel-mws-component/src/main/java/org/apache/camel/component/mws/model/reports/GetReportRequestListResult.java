package org.apache.camel.component.mws.model.reports;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;

import org.apache.camel.component.mws.model.ListingResult;

/**
 * The result of GetReportRequestList and GetReportRequestListByNextToken (HN paging: HasNext and NextToken).
 */
public class GetReportRequestListResult extends ListingResult<ReportRequestInfo> {

    @XmlElement(name = "ReportRequestInfo")
    private List<ReportRequestInfo> reportRequestInfoList;

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
    public List<ReportRequestInfo> records() {
        return getReportRequestInfoList();
    }
}
