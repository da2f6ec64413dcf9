package org.apache.camel.mws.examples.feeds;

import java.io.InputStream;
import java.time.Duration;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.model.MwsXmlParser;
import org.apache.camel.component.mws.model.feeds.FeedSubmissionInfo;
import org.apache.camel.component.mws.model.feeds.GetFeedSubmissionListResult;
import org.apache.camel.component.mws.model.feeds.ProcessingReport;

/**
 * Waits for a submitted feed ({@code CamelMwsFeedSubmissionId} header) to be processed - GetFeedSubmissionList until
 * {@code _DONE_} - and replaces the body by its ProcessingReport from GetFeedSubmissionResult.
 */
public final class AwaitFeedResult implements Processor {

    private final ProducerTemplate template;
    private final Endpoint submissionList;
    private final Endpoint submissionResult;
    private final MwsXmlParser parser;
    private final Duration pollInterval;
    private final Duration timeout;

    public AwaitFeedResult(ProducerTemplate template, Endpoint submissionList, Endpoint submissionResult,
                           MwsXmlParser parser, Duration pollInterval, Duration timeout) {
        this.template = template;
        this.submissionList = submissionList;
        this.submissionResult = submissionResult;
        this.parser = parser;
        this.pollInterval = pollInterval;
        this.timeout = timeout;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String id = exchange.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID, String.class);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String status = status(id);
            if ("_DONE_".equals(status)) {
                break;
            }
            if ("_CANCELLED_".equals(status)) {
                throw new IllegalStateException("Feed " + id + " was cancelled by MWS");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Feed " + id + " is still " + status + " after " + timeout);
            }
            Thread.sleep(pollInterval.toMillis());
        }
        Exchange answer = template.request(submissionResult,
                e -> e.getMessage().setHeader(MwsConstants.PARAMETERS, Map.of("FeedSubmissionId", id)));
        if (answer.getException() != null) {
            throw answer.getException();
        }
        ProcessingReport report;
        try (InputStream in = answer.getMessage().getMandatoryBody(InputStream.class)) {
            report = parser.parseProcessingReport(in);
        }
        exchange.getMessage().setBody(report);
    }

    private String status(String id) throws Exception {
        Exchange answer = template.request(submissionList, e -> e.getMessage().setHeader(MwsConstants.PARAMETERS,
                Map.of("FeedSubmissionIdList.Id.1", id)));
        if (answer.getException() != null) {
            throw answer.getException();
        }
        GetFeedSubmissionListResult list = answer.getMessage().getMandatoryBody(GetFeedSubmissionListResult.class);
        for (FeedSubmissionInfo info : list.getFeedSubmissionInfoList()) {
            if (id.equals(info.getFeedSubmissionId())) {
                return info.getFeedProcessingStatus();
            }
        }
        return "_UNKNOWN_";
    }
}
