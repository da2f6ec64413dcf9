package org.apache.camel.component.mws.model.reports;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;

import org.apache.camel.component.mws.model.ListingResult;

/**
 * The result of GetReportList and GetReportListByNextToken (HN paging: HasNext and NextToken).
 */
public class GetReportListResult extends ListingResult<ReportInfo> {

    @XmlElement(name = "ReportInfo")
    private List<ReportInfo> reportInfoList;

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
    public List<ReportInfo> records() {
        return getReportInfoList();
    }
}
