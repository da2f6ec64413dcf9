package org.apache.camel.component.mws.model.feeds;

import java.time.Instant;

import jakarta.xml.bind.annotation.XmlElement;

import org.apache.camel.component.mws.model.MwsRecord;

/**
 * A feed submission: id, feed type, when it was submitted, started and completed, and its processing status
 * (_SUBMITTED_, _IN_PROGRESS_, _DONE_, _CANCELLED_, _AWAITING_ASYNCHRONOUS_REPLY_, _IN_SAFETY_NET_,
 * _UNCONFIRMED_).
 */
public class FeedSubmissionInfo implements MwsRecord {

    @XmlElement(name = "FeedSubmissionId")
    private String feedSubmissionId;

    @XmlElement(name = "FeedType")
    private String feedType;

    @XmlElement(name = "SubmittedDate")
    private Instant submittedDate;

    @XmlElement(name = "FeedProcessingStatus")
    private String feedProcessingStatus;

    @XmlElement(name = "StartedProcessingDate")
    private Instant startedProcessingDate;

    @XmlElement(name = "CompletedProcessingDate")
    private Instant completedProcessingDate;

    public String getFeedSubmissionId() {
        return feedSubmissionId;
    }

    public void setFeedSubmissionId(String feedSubmissionId) {
        this.feedSubmissionId = feedSubmissionId;
    }

    public String getFeedType() {
        return feedType;
    }

    public void setFeedType(String feedType) {
        this.feedType = feedType;
    }

    public Instant getSubmittedDate() {
        return submittedDate;
    }

    public void setSubmittedDate(Instant submittedDate) {
        this.submittedDate = submittedDate;
    }

    public String getFeedProcessingStatus() {
        return feedProcessingStatus;
    }

    public void setFeedProcessingStatus(String feedProcessingStatus) {
        this.feedProcessingStatus = feedProcessingStatus;
    }

    public Instant getStartedProcessingDate() {
        return startedProcessingDate;
    }

    public void setStartedProcessingDate(Instant startedProcessingDate) {
        this.startedProcessingDate = startedProcessingDate;
    }

    public Instant getCompletedProcessingDate() {
        return completedProcessingDate;
    }

    public void setCompletedProcessingDate(Instant completedProcessingDate) {
        this.completedProcessingDate = completedProcessingDate;
    }

    @Override
    public String recordId() {
        return String.valueOf(feedSubmissionId);
    }

    @Override
    public String toString() {
        return "FeedSubmissionInfo["
               + "FeedSubmissionId=" + feedSubmissionId
               + ", FeedType=" + feedType
               + ", FeedProcessingStatus=" + feedProcessingStatus
               + ", SubmittedDate=" + submittedDate
               + ", CompletedProcessingDate=" + completedProcessingDate + "]";
    }
}
