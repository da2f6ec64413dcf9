package org.apache.camel.component.mws;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.camel.component.mws.transport.MwsCall;
import org.apache.camel.component.mws.transport.MwsClient;
import org.apache.camel.component.mws.transport.MwsResponseHead;
import org.apache.camel.component.mws.transport.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads a raw answer (GetReport, GetFeedSubmissionResult) into the spool directory and verifies it against its
 * {@code Content-MD5}. A corrupted download (MD5 mismatch) or one cut off by the connection is discarded and fetched
 * again, up to {@code maxDownloadRetries} times; then the download fails with
 * {@link MwsContentMd5MismatchException} (or the {@link MwsException} of the broken connection).
 */
final class ReportDownloader {

    private static final Logger LOG = LoggerFactory.getLogger(ReportDownloader.class);

    private final MwsClient client;
    private final Path spoolDirectory;
    private final int maxDownloadRetries;
    private final Function<MwsResponseHead, Charset> charsetOf;
    private final boolean decode;

    /**
     * @param client             sends the calls
     * @param spoolDirectory     where downloads are written
     * @param maxDownloadRetries how many times a corrupted or cut-off download is fetched again
     * @param charsetOf          the report's charset, from its answer's head
     * @param decode             whether to transcode the report to UTF-8 while spooling it
     */
    ReportDownloader(MwsClient client, Path spoolDirectory, int maxDownloadRetries,
                     Function<MwsResponseHead, Charset> charsetOf, boolean decode) {
        this.client = client;
        this.spoolDirectory = spoolDirectory;
        this.maxDownloadRetries = Math.max(0, maxDownloadRetries);
        this.charsetOf = charsetOf;
        this.decode = decode;
    }

    /**
     * @param  call         a GetReport or GetFeedSubmissionResult call
     * @return              the verified download; the caller owns its file
     * @throws MwsException when every attempt was corrupted or cut off, or MWS answered with an error
     */
    RawBodySpooler.Spooled download(MwsCall call) {
        RawBodySpooler spooler = new RawBodySpooler(spoolDirectory, charsetOf, decode);
        RetryPolicy policy = client.settings().retryPolicy();
        for (int attempt = 0;; attempt++) {
            boolean last = attempt >= maxDownloadRetries;
            RawBodySpooler.Spooled spooled;
            try {
                spooled = client.stream(call, spooler);
            } catch (RawBodySpooler.CutOff e) {
                MwsException failure = cutOff(call, e, attempt + 1);
                if (last) {
                    throw failure;
                }
                LOG.info("MWS {}: download {}/{} cut off after {} bytes ({}); fetching it again",
                        call.operationName(), attempt + 1, maxDownloadRetries + 1, e.received(), e.getMessage());
                pause(call, policy, attempt + 1);
                continue;
            }
            String expected = spooled.head().contentMd5();
            if (expected == null || expected.isBlank() || expected.trim().equals(spooled.md5())) {
                if (expected == null || expected.isBlank()) {
                    LOG.debug("MWS {}: the answer has no Content-MD5; {} bytes accepted unverified",
                            call.operationName(), spooled.bytes());
                }
                return spooled;
            }
            delete(spooled.file());
            MwsContentMd5MismatchException mismatch = mismatch(call, spooled, expected.trim(), attempt + 1);
            if (last) {
                throw mismatch;
            }
            LOG.info("MWS {}: download {}/{} does not match its Content-MD5 (expected {}, received {}); discarded,"
                     + " fetching it again",
                    call.operationName(), attempt + 1, maxDownloadRetries + 1, expected.trim(), spooled.md5());
            pause(call, policy, attempt + 1);
        }
    }

    private static MwsContentMd5MismatchException mismatch(MwsCall call, RawBodySpooler.Spooled spooled,
                                                           String expected, int attempts) {
        MwsResponseHead head = spooled.head();
        MwsError error = new MwsError(call.operationName(), head.status(), null, null, null, head.requestId(),
                head.timestamp());
        return new MwsContentMd5MismatchException("MWS " + call.operationName() + ": the downloaded body does not"
                                                  + " match its Content-MD5 (expected " + expected + ", received "
                                                  + spooled.md5() + ", " + spooled.bytes() + " bytes)"
                                                  + (attempts > 1 ? " in each of " + attempts + " downloads" : "")
                                                  + "; the download is corrupted and was discarded" + error.trace(),
                error, expected, spooled.md5());
    }

    private MwsException cutOff(MwsCall call, RawBodySpooler.CutOff e, int attempts) {
        MwsResponseHead head = e.head();
        MwsError error = new MwsError(call.operationName(), head.status(), null, null, null, head.requestId(),
                head.timestamp());
        return new MwsException("MWS " + call.operationName() + ": the " + head + " download was cut off after "
                                + e.received() + " bytes" + (head.contentLength() >= 0
                                        ? " of " + head.contentLength() : "")
                                + (attempts > 1 ? " (" + attempts + " downloads)" : "") + ": "
                                + client.masker().mask(e.getMessage()) + error.trace(),
                error, e.getCause());
    }

    private static void pause(MwsCall call, RetryPolicy policy, int retry) {
        // the transport's backoff, when it has one; a corrupted download is otherwise fetched again at once
        Duration delay = policy.maxRetries() > 0 ? policy.delayBefore(retry) : Duration.ZERO;
        try {
            TimeUnit.MILLISECONDS.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MwsException("MWS " + call.operationName() + ": interrupted while waiting to download again",
                    MwsError.noAnswer(call.operationName(), null), e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Cannot delete the discarded download {}: {}", file, e.getMessage());
        }
    }
}
