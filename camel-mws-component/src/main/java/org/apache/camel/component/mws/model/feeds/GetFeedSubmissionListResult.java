package org.apache.camel.component.mws.model.feeds;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;

import org.apache.camel.component.mws.model.ListingResult;

/**
 * The result of GetFeedSubmissionList and GetFeedSubmissionListByNextToken (HN paging: HasNext and NextToken).
 */
public class GetFeedSubmissionListResult extends ListingResult<FeedSubmissionInfo> {

    @XmlElement(name = "FeedSubmissionInfo")
    private List<FeedSubmissionInfo> feedSubmissionInfoList;

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
    public List<FeedSubmissionInfo> records() {
        return getFeedSubmissionInfoList();
    }
}
