package org.apache.camel.component.mws.model.reports;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * The result of GetReportCount.
 */
public class GetReportCountResult {

    @XmlElement(name = "Count")
    private Integer count;

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    @Override
    public String toString() {
        return "GetReportCountResult["
               + "Count=" + count + "]";
    }
}
