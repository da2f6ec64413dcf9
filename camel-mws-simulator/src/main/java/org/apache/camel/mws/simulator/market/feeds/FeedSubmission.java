package org.apache.camel.mws.simulator.market.feeds;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A submitted feed. Its status is a function of time (submitted, started, completed fixed at submission) and of
 * a cancellation instant; its body waits on disk until processing starts.
 */
final class FeedSubmission {

    final long id;
    final FeedType type;
    final long submitted;
    final long started;
    final long completed;
    final Charset flatCharset;
    final boolean purgeAndReplace;

    private Path body;
    private long cancelledAt = -1;
    private FeedOutcome outcome;
    private ProcessingReport report;

    FeedSubmission(long id, FeedType type, long submitted, long started, long completed, Charset flatCharset,
            boolean purgeAndReplace, Path body) {
        this.id = id;
        this.type = type;
        this.submitted = submitted;
        this.started = started;
        this.completed = completed;
        this.flatCharset = flatCharset;
        this.purgeAndReplace = purgeAndReplace;
        this.body = body;
    }

    synchronized String status(long t) {
        if (cancelledAt >= 0 && t >= cancelledAt) {
            return "_CANCELLED_";
        }
        if (t < started) {
            return "_SUBMITTED_";
        }
        return t < completed ? "_IN_PROGRESS_" : "_DONE_";
    }

    synchronized long cancelledAt() {
        return cancelledAt;
    }

    /** Cancels at {@code now} if processing has not started; returns the body to delete, or null. */
    synchronized boolean cancel(long now) {
        if (cancelledAt >= 0 || now >= started) {
            return false;
        }
        cancelledAt = now;
        return true;
    }

    synchronized Path takeBody() {
        Path b = body;
        body = null;
        return b;
    }

    synchronized boolean pending() {
        return outcome == null && cancelledAt < 0;
    }

    synchronized void processed(FeedOutcome o, ProcessingReport r) {
        outcome = o;
        report = r;
    }

    synchronized FeedOutcome outcome() {
        return outcome;
    }

    synchronized ProcessingReport report() {
        return report;
    }
}
