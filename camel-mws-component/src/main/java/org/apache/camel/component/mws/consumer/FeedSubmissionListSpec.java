package org.apache.camel.component.mws.consumer;

import org.apache.camel.Message;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.model.feeds.FeedSubmissionInfo;

/**
 * Feeds/GetFeedSubmissionList by SubmittedFromDate and SubmittedToDate (HasNext paging): one exchange per feed
 * submission, its body the {@link FeedSubmissionInfo} in the state it had when the window was listed.
 */
final class FeedSubmissionListSpec extends DateWindowSpec {

    FeedSubmissionListSpec() {
        super("SubmittedFromDate", "SubmittedToDate", "FeedSubmissionIdList");
    }

    @Override
    public void describe(Object record, ListingPage page, Message message) {
        FeedSubmissionInfo info = (FeedSubmissionInfo) record;
        message.setBody(info);
        message.setHeader(MwsConstants.FEED_SUBMISSION_ID, info.getFeedSubmissionId());
        message.setHeader(MwsConstants.PROCESSING_STATUS, info.getFeedProcessingStatus());
    }
}
