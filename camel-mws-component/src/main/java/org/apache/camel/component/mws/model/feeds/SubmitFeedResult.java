package org.apache.camel.component.mws.model.feeds;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * The result of SubmitFeed: the new submission, normally _SUBMITTED_.
 */
public class SubmitFeedResult {

    @XmlElement(name = "FeedSubmissionInfo")
    private FeedSubmissionInfo feedSubmissionInfo;

    public FeedSubmissionInfo getFeedSubmissionInfo() {
        return feedSubmissionInfo;
    }

    public void setFeedSubmissionInfo(FeedSubmissionInfo feedSubmissionInfo) {
        this.feedSubmissionInfo = feedSubmissionInfo;
    }

    @Override
    public String toString() {
        return "SubmitFeedResult["
               + "FeedSubmissionInfo=" + feedSubmissionInfo + "]";
    }
}
