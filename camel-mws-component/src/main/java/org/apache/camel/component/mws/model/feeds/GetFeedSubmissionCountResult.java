package org.apache.camel.component.mws.model.feeds;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * The result of GetFeedSubmissionCount.
 */
public class GetFeedSubmissionCountResult {

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
        return "GetFeedSubmissionCountResult["
               + "Count=" + count + "]";
    }
}
