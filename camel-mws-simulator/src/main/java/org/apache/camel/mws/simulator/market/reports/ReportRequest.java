package org.apache.camel.mws.simulator.market.reports;

import java.util.List;

import org.apache.camel.mws.simulator.market.data.Marketplace;
import org.apache.camel.mws.simulator.market.finances.FinancialEvents;

/**
 * A report request and, once done with data, its report. Its processing status is a function of time (submitted,
 * started, completed instants fixed at creation) plus a cancellation instant, so any past state can be recalled
 * for a listing snapshot. Acknowledgements are kept as a history for the same reason.
 */
final class ReportRequest {

    enum Origin {
        REQUESTED,
        SCHEDULED,
        SETTLEMENT
    }

    final long requestId;
    final long reportId;
    final ReportKind kind;
    final Origin origin;
    final long startDate;
    final long endDate;
    final long submitted;
    final long started;
    final long completed;
    final List<Marketplace> marketplaces;
    final FinancialEvents.Group settlement;

    private long cancelledAt = -1;
    private Boolean hasData;
    /** Acknowledgement changes: pairs of (time, 1|0). */
    private long[] acks = new long[0];

    ReportRequest(long requestId, long reportId, ReportKind kind, Origin origin, long startDate, long endDate,
            long submitted, long started, long completed, List<Marketplace> marketplaces,
            FinancialEvents.Group settlement) {
        this.requestId = requestId;
        this.reportId = reportId;
        this.kind = kind;
        this.origin = origin;
        this.startDate = startDate;
        this.endDate = endDate;
        this.submitted = submitted;
        this.started = started;
        this.completed = completed;
        this.marketplaces = marketplaces;
        this.settlement = settlement;
    }

    synchronized long cancelledAt() {
        return cancelledAt;
    }

    /** Cancels at {@code now} if still cancellable then. */
    synchronized boolean cancel(long now) {
        if (cancelledAt >= 0 || now >= completed) {
            return false;
        }
        cancelledAt = now;
        return true;
    }

    synchronized Boolean hasDataKnown() {
        return hasData;
    }

    synchronized void hasData(boolean value) {
        hasData = value;
    }

    /** _SUBMITTED_, _IN_PROGRESS_, _CANCELLED_, _DONE_ or _DONE_NO_DATA_ at {@code t}; needs hasData when done. */
    synchronized String status(long t) {
        if (cancelledAt >= 0 && t >= cancelledAt) {
            return "_CANCELLED_";
        }
        if (t < started) {
            return "_SUBMITTED_";
        }
        if (t < completed) {
            return "_IN_PROGRESS_";
        }
        return Boolean.FALSE.equals(hasData) ? "_DONE_NO_DATA_" : "_DONE_";
    }

    /** A downloadable report exists at {@code t}. */
    synchronized boolean reportAvailable(long t) {
        return t >= completed && (cancelledAt < 0 || cancelledAt > t) && Boolean.TRUE.equals(hasData);
    }

    synchronized void acknowledge(boolean value, long now) {
        long[] next = java.util.Arrays.copyOf(acks, acks.length + 2);
        next[acks.length] = now;
        next[acks.length + 1] = value ? 1 : 0;
        acks = next;
    }

    /** Acknowledged at {@code t}: the last change at or before it. */
    synchronized boolean acknowledged(long t) {
        boolean v = false;
        for (int i = 0; i < acks.length; i += 2) {
            if (acks[i] <= t) {
                v = acks[i + 1] == 1;
            }
        }
        return v;
    }

    /** When it was last acknowledged as of {@code t} (-1 when it is not acknowledged then). */
    synchronized long acknowledgedDate(long t) {
        long at = -1;
        for (int i = 0; i < acks.length; i += 2) {
            if (acks[i] <= t) {
                at = acks[i + 1] == 1 ? acks[i] : -1;
            }
        }
        return at;
    }
}
