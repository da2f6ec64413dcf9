package org.apache.camel.component.mws;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;

import org.apache.camel.component.mws.catalog.Section;
import org.apache.camel.component.mws.model.MwsXmlParser;
import org.apache.camel.component.mws.model.feeds.FeedSubmissionInfo;
import org.apache.camel.component.mws.model.feeds.GetFeedSubmissionListResult;
import org.apache.camel.component.mws.model.feeds.ProcessingReport;
import org.apache.camel.component.mws.transport.MwsCall;
import org.apache.camel.component.mws.transport.MwsClient;
import org.apache.camel.component.mws.transport.MwsResponse;

/**
 * {@code awaitResult}: after SubmitFeed, polls GetFeedSubmissionList for the submission until it is {@code _DONE_},
 * then downloads its processing report with GetFeedSubmissionResult (spooled, MD5-checked, fetched again when
 * corrupted) and reads it into a {@link ProcessingReport}: the AmazonEnvelope of an XML feed or the text summary of a
 * flat-file feed.
 */
final class FeedAwaiter {

    static final String DONE = "_DONE_";
    static final String CANCELLED = "_CANCELLED_";
    private static final Set<String> FINAL = Set.of(DONE, CANCELLED);

    /**
     * @param report    the processing report
     * @param requestId the RequestId of the GetFeedSubmissionResult answer
     * @param timestamp its Timestamp
     * @param md5       the verified Content-MD5 of the processing report
     */
    record Result(ProcessingReport report, String requestId, String timestamp, String md5) {
    }

    private final MwsClient client;
    private final ResponseInterpreter interpreter;
    private final MwsXmlParser parser;
    private final ProcessingPoller poller;
    private final ReportDownloader downloader;

    FeedAwaiter(MwsClient client, ResponseInterpreter interpreter, MwsXmlParser parser, ProcessingPoller poller,
                ReportDownloader downloader) {
        this.client = client;
        this.interpreter = interpreter;
        this.parser = parser;
        this.poller = poller;
        this.downloader = downloader;
    }

    /**
     * @param  submitCall       the SubmitFeed call, whose seller and MWSAuthToken the follow-up calls use
     * @param  feedSubmissionId the submission to wait for
     * @return                  its processing report
     */
    Result await(MwsCall submitCall, String feedSubmissionId) throws IOException {
        Section section = submitCall.section();
        String operation = submitCall.operationName();
        Map<String, String> listParameters = ReportAwaiter.identity(submitCall);
        listParameters.put("FeedSubmissionIdList.Id.1", feedSubmissionId);
        MwsCall list = client.newCall(section, section.action("GetFeedSubmissionList"), listParameters, null);

        ProcessingPoller.Status done = poller.await(operation, "FeedSubmissionId", feedSubmissionId, FINAL,
                () -> status(list, feedSubmissionId));
        if (CANCELLED.equals(done.status())) {
            MwsError error = new MwsError(operation, 0, null, null, null, done.requestId(), done.timestamp());
            throw new MwsProcessingCancelledException("MWS " + operation + ": the feed submission " + feedSubmissionId
                                                      + " was cancelled; it has no processing report"
                                                      + error.trace(),
                    error, feedSubmissionId);
        }
        Map<String, String> resultParameters = ReportAwaiter.identity(submitCall);
        resultParameters.put("FeedSubmissionId", feedSubmissionId);
        RawBodySpooler.Spooled spooled = downloader.download(
                client.newCall(section, section.action("GetFeedSubmissionResult"), resultParameters, null));
        try {
            ProcessingReport report = read(spooled, feedSubmissionId, operation);
            return new Result(report, spooled.head().requestId(), spooled.head().timestamp(), spooled.md5());
        } finally {
            Files.deleteIfExists(spooled.file());
        }
    }

    private ProcessingReport read(RawBodySpooler.Spooled spooled, String feedSubmissionId, String operation)
            throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(spooled.file()))) {
            if (startsWithXml(in)) {
                try {
                    return parser.parseProcessingReport(in);
                } catch (RuntimeException e) {
                    MwsError error = new MwsError(operation, spooled.head().status(), null, null, null,
                            spooled.head().requestId(), spooled.head().timestamp());
                    throw new MwsException("MWS " + operation + ": the processing report of feed " + feedSubmissionId
                                           + " cannot be read: " + e.getMessage() + error.trace(),
                            error, e);
                }
            }
            return FlatFileProcessingReport.parse(new InputStreamReader(in, spooled.charset()), feedSubmissionId);
        }
    }

    private static boolean startsWithXml(InputStream in) throws IOException {
        in.mark(64);
        byte[] head = in.readNBytes(64);
        in.reset();
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < head.length && head[i] == '<';
    }

    private ProcessingPoller.Status status(MwsCall list, String feedSubmissionId) {
        MwsResponse response = client.execute(list);
        MwsReply reply = interpreter.interpret(response, MwsResultFormat.object);
        GetFeedSubmissionListResult result = (GetFeedSubmissionListResult) reply.body();
        for (FeedSubmissionInfo info : result.records()) {
            if (feedSubmissionId.equals(info.getFeedSubmissionId())) {
                return new ProcessingPoller.Status(info.getFeedProcessingStatus(), info, reply.requestId(),
                        response.head().timestamp());
            }
        }
        return new ProcessingPoller.Status(null, null, reply.requestId(), response.head().timestamp());
    }
}
