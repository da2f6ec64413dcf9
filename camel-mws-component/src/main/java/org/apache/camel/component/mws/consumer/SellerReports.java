package org.apache.camel.component.mws.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.camel.component.mws.model.reports.ReportInfo;
import org.apache.camel.spi.StateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reports of one seller of a {@link ReportConsumer}: which listed reports are new, and what happens when their
 * exchange ends. With acknowledgements MWS keeps the state (a completed report is acknowledged for this seller);
 * without, a checkpoint (AvailableDate and ReportId) in the state repository under the seller's own key moves past a
 * report once its exchange and those of every earlier report of the seller completed. Thread-safe.
 */
final class SellerReports {

    private static final Logger LOG = LoggerFactory.getLogger(SellerReports.class);

    private enum State {
        IN_FLIGHT,
        DONE,
        FAILED
    }

    private final SellerCalls calls;
    private final ReportAcknowledgements acknowledgements;
    private final StateRepository<String, String> repository;
    private final String checkpointKey;
    private final Consumer<Instant> checkpointMoved;

    /** Acknowledge mode: reports emitted and not finished. */
    private final Set<String> inFlight = new HashSet<>();
    /** Checkpoint mode: where the seller stands, and the reports after it emitted so far. */
    private ReportCheckpoint checkpoint;
    private final TreeMap<ReportCheckpoint, State> emitted = new TreeMap<>();

    private SellerReports(SellerCalls calls, ReportAcknowledgements acknowledgements,
                          StateRepository<String, String> repository, String checkpointKey,
                          ReportCheckpoint checkpoint, Consumer<Instant> checkpointMoved) {
        this.calls = calls;
        this.acknowledgements = acknowledgements;
        this.repository = repository;
        this.checkpointKey = checkpointKey;
        this.checkpoint = checkpoint;
        this.checkpointMoved = checkpointMoved;
    }

    /** A seller whose completed reports are acknowledged at MWS. */
    static SellerReports acknowledging(SellerCalls calls, ReportAcknowledgements acknowledgements) {
        return new SellerReports(calls, acknowledgements, null, null, null, c -> {
        });
    }

    /**
     * A seller whose progress is a checkpoint in the repository.
     *
     * @param initialStart    the checkpoint when none is stored
     * @param checkpointMoved told the checkpoint's date whenever it moves
     */
    static SellerReports checkpointed(SellerCalls calls, StateRepository<String, String> repository,
                                      String checkpointKey, Instant initialStart, Consumer<Instant> checkpointMoved) {
        String stored = repository.getState(checkpointKey);
        ReportCheckpoint checkpoint = stored != null && !stored.isBlank()
                ? ReportCheckpoint.parse(checkpointKey, stored) : ReportCheckpoint.at(initialStart);
        LOG.debug("Reports of seller {}: checkpoint {} ({})", calls.sellerId(), checkpoint,
                stored != null ? "stored" : "initial start");
        return new SellerReports(calls, null, repository, checkpointKey, checkpoint, checkpointMoved);
    }

    SellerCalls calls() {
        return calls;
    }

    String sellerId() {
        return calls.sellerId();
    }

    boolean acknowledges() {
        return acknowledgements != null;
    }

    /**
     * @return the date the next listing starts at (checkpoint mode), null with acknowledgements
     */
    synchronized Instant checkpoint() {
        return checkpoint == null ? null : checkpoint.availableDate();
    }

    /** The listed reports not emitted before (or whose exchange failed), oldest first. */
    List<ReportInfo> fresh(List<ReportInfo> reports) {
        List<ReportInfo> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        synchronized (this) {
            for (ReportInfo r : reports) {
                if (r.getReportId() == null || r.getAvailableDate() == null || !ids.add(r.getReportId())) {
                    continue;
                }
                if (acknowledgements != null) {
                    if (!inFlight.contains(r.getReportId()) && !acknowledgements.isDone(r.getReportId())) {
                        out.add(r);
                    }
                } else {
                    ReportCheckpoint key = ReportCheckpoint.of(r);
                    State state = emitted.get(key);
                    if (key.compareTo(checkpoint) > 0 && (state == null || state == State.FAILED)) {
                        out.add(r);
                    }
                }
            }
        }
        out.sort(Comparator.comparing(ReportCheckpoint::of));
        return out;
    }

    /** The report's exchange is about to be sent. */
    synchronized void started(ReportInfo report) {
        if (acknowledgements != null) {
            inFlight.add(report.getReportId());
        } else {
            emitted.put(ReportCheckpoint.of(report), State.IN_FLIGHT);
        }
    }

    /** The report's exchange ended (or the report could not be downloaded). */
    void finished(ReportInfo report, boolean completed) {
        if (acknowledgements != null) {
            synchronized (this) {
                inFlight.remove(report.getReportId());
            }
            if (completed) {
                acknowledgements.completed(report.getReportId());
            } else {
                LOG.debug("Report {} of seller {} not completed: it stays unacknowledged and comes again",
                        report.getReportId(), sellerId());
            }
            return;
        }
        ReportCheckpoint moved = null;
        synchronized (this) {
            emitted.put(ReportCheckpoint.of(report), completed ? State.DONE : State.FAILED);
            while (!emitted.isEmpty() && emitted.firstEntry().getValue() == State.DONE) {
                moved = emitted.pollFirstEntry().getKey();
            }
            if (moved != null) {
                checkpoint = moved;
            }
        }
        if (moved != null) {
            try {
                repository.setState(checkpointKey, moved.format());
            } catch (RuntimeException e) {
                LOG.warn("The checkpoint {} of seller {} could not be stored in {}: {}; reports after the stored one"
                         + " may come again after a restart", moved, sellerId(), repository, e.getMessage(), e);
            }
            checkpointMoved.accept(moved.availableDate());
        }
    }

    /** Sends the acknowledgements waiting, if any. */
    void flush() {
        if (acknowledgements != null) {
            acknowledgements.flush();
        }
    }

    @Override
    public String toString() {
        return "reports of seller " + sellerId();
    }
}
