package org.apache.camel.component.mws.model.feeds;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * The result of CancelFeedSubmissions: how many submissions were cancelled, and which.
 */
public class CancelFeedSubmissionsResult {

    @XmlElement(name = "Count")
    private Integer count;

    @XmlElement(name = "FeedSubmissionInfo")
    private List<FeedSubmissionInfo> feedSubmissionInfoList;

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    /**
     * @return the FeedSubmissionInfo elements, a live list (never null)
     */
    public List<FeedSubmissionInfo> getFeedSubmissionInfoList() {
        if (feedSubmissionInfoList == null) {
            feedSubmissionInfoList = new ArrayList<>();
        }
        return feedSubmissionInfoList;
    }

    @Override
    public String toString() {
        return "CancelFeedSubmissionsResult["
               + "Count=" + count + "]";
    }
}
