package org.apache.camel.component.mws.consumer;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.mws.MwsConfiguration;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.MwsEndpoint;
import org.apache.camel.component.mws.ReportFetcher;
import org.apache.camel.component.mws.RequestParameters;
import org.apache.camel.component.mws.ResponseInterpreter;
import org.apache.camel.component.mws.catalog.Action;
import org.apache.camel.component.mws.catalog.Section;
import org.apache.camel.component.mws.model.reports.ReportInfo;
import org.apache.camel.component.mws.monitor.PollMonitor;
import org.apache.camel.component.mws.monitor.PollMonitored;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.support.EmptyAsyncCallback;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls {@code Reports/GetReportList} ({@code from("mws:Reports/GetReportList?reportTypes=...")}) and emits each new
 * report once, scheduled and settlement reports included, oldest first: the report downloaded as the endpoint's
 * report options say (spooled, MD5-verified, decoded, as a stream, file or rows), or only its {@link ReportInfo} with
 * {@code downloadReports=false}.
 * <p>
 * With {@code acknowledge=true} MWS keeps the state: every poll lists the unacknowledged reports, and a report whose
 * exchange completed is acknowledged (UpdateReportAcknowledgements, batched up to 100, see
 * {@link ReportAcknowledgements}); a failed exchange leaves its report unacknowledged, so it comes again. Without
 * acknowledgements the consumer keeps a checkpoint (AvailableDate and ReportId, see {@link ReportCheckpoint}) in the
 * endpoint's {@code stateRepository}; it moves past a report only once its exchange and those of every report before
 * it completed, so a failed report comes again (and the completed ones after it do not, within this JVM).
 * <p>
 * Unlike the windowed listings of {@link MwsConsumer}, reports are settled one by one (a failed report does not send
 * the others again) and each is downloaded just before its exchange is sent, so a poll never holds more than one
 * spooled report it has not handed over. The listing itself, the seller's calls, the initial start, the poll monitor
 * and the batch properties are those of the other consumers.
 */
public class ReportConsumer extends ScheduledBatchPollingConsumer implements PollMonitored {

    private static final Logger LOG = LoggerFactory.getLogger(ReportConsumer.class);

    private enum State {
        IN_FLIGHT,
        DONE,
        FAILED
    }

    private final PollMonitor monitor;
    private final Clock clock = Clock.systemUTC();
    /** The default store: kept by the consumer, so a route restarted in the same JVM resumes. */
    private final MemoryStateRepository memoryRepository = new MemoryStateRepository();
    private SellerCalls calls;
    private ReportFetcher fetcher;
    private Action list;
    private StateRepository<String, String> repository;
    private String checkpointKey;
    private ReportAcknowledgements acknowledgements;

    /** Reports emitted and not finished (acknowledge mode). */
    private final Set<String> inFlight = new HashSet<>();
    /** Checkpoint mode: where the consumer stands, and the reports after it emitted so far. */
    private ReportCheckpoint checkpoint;
    private final TreeMap<ReportCheckpoint, State> emitted = new TreeMap<>();
    /** The first download that failed in the current poll. */
    private Exception downloadFailure;

    public ReportConsumer(MwsEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.monitor = new PollMonitor(endpoint);
    }

    /**
     * @return whether the action is the one this consumer polls
     */
    public static boolean polls(Action action) {
        return "Reports".equals(action.section()) && "GetReportList".equals(action.name());
    }

    @Override
    public MwsEndpoint getEndpoint() {
        return (MwsEndpoint) super.getEndpoint();
    }

    @Override
    public PollMonitor getPollMonitor() {
        return monitor;
    }

    private MwsConfiguration config() {
        return getEndpoint().getConfiguration();
    }

    @Override
    protected void doStart() throws Exception {
        MwsEndpoint endpoint = getEndpoint();
        MwsConfiguration config = config();
        String sellerId = config.getSellerId();
        if (sellerId == null || sellerId.isBlank()) {
            throw new IllegalArgumentException("mws:" + endpoint.getMwsAction() + " consumer: set the sellerId option");
        }
        Map<String, Object> uri = config.getParameters();
        if (uri != null) {
            for (String reserved : List.of("Acknowledged", "AvailableFromDate", "AvailableToDate")) {
                if (uri.containsKey(reserved)) {
                    throw new IllegalArgumentException("mws:" + endpoint.getMwsAction() + " consumer: the parameter "
                                                       + reserved + " is set by the consumer (acknowledge,"
                                                       + " initialStart and its checkpoint); remove parameters."
                                                       + reserved);
                }
            }
        }
        Section section = endpoint.getMwsSection();
        list = endpoint.getMwsAction();
        calls = new SellerCalls(endpoint.getClient(),
                new ResponseInterpreter(endpoint.getComponent().getXmlParser(), endpoint.getClient().masker()),
                section, sellerId.trim(), null);
        fetcher = new ReportFetcher(endpoint);
        if (config.isAcknowledge()) {
            acknowledgements = new ReportAcknowledgements(calls, section.action("UpdateReportAcknowledgements"));
        } else {
            repository = config.getStateRepository() != null ? config.getStateRepository() : memoryRepository;
            ServiceHelper.startService(repository);
            checkpointKey = Checkpoints.key(endpoint.getSection(), endpoint.getAction(), calls.sellerId(),
                    String.join(",", endpoint.getMarketplaces().marketplaceIds()));
            String stored = repository.getState(checkpointKey);
            synchronized (this) {
                checkpoint = stored != null && !stored.isBlank() ? ReportCheckpoint.parse(checkpointKey, stored)
                        : ReportCheckpoint.at(InitialStart.parse(config.getInitialStart()).resolve(clock));
                emitted.clear();
            }
            LOG.debug("{}: checkpoint {} ({})", this, checkpoint, stored != null ? "stored" : "initial start");
            monitor.checkpoint(checkpoint.availableDate());
        }
        monitor.start(getRouteId());
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (acknowledgements != null) {
            acknowledgements.flush();
        }
        monitor.stop();
    }

    @Override
    protected int poll() throws Exception {
        long started = System.nanoTime();
        int pages = 0;
        List<ReportInfo> reports = new ArrayList<>();
        try {
            Listing listing = calls.listing(list, listParameters());
            for (ListingPage page = listing.next(); page != null; page = listing.next()) {
                pages++;
                for (Object record : page.records()) {
                    reports.add((ReportInfo) record);
                }
            }
        } catch (RuntimeException e) {
            monitor.pollFailed(e, 0, pages, Duration.ofNanos(System.nanoTime() - started));
            throw e;
        }
        List<ReportInfo> fresh = fresh(reports);
        int budget = maxMessagesPerPoll > 0 ? maxMessagesPerPoll : Integer.MAX_VALUE;
        Queue<Object> batch = new ArrayDeque<>(fresh.subList(0, Math.min(budget, fresh.size())));
        downloadFailure = null;
        int processed = processBatch(batch);
        if (acknowledgements != null) {
            acknowledgements.flush();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Exception failure = downloadFailure;
        if (failure != null) {
            // the poll counts as failed (backoff, health check); the report comes again
            monitor.pollFailed(failure, processed, pages, took);
            throw failure;
        }
        monitor.pollSucceeded(processed, pages, took);
        return processed;
    }

    private Map<String, String> listParameters() {
        MwsConfiguration config = config();
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("MaxCount", 100);
        if (config.getReportTypes() != null && !config.getReportTypes().isBlank()) {
            window.put("ReportTypeList", List.of(config.getReportTypes().trim().split("\\s*,\\s*")));
        }
        if (acknowledgements != null) {
            window.put("Acknowledged", "false");
        } else {
            window.put("AvailableFromDate", currentCheckpoint().availableDate());
        }
        return RequestParameters.assemble(list, getEndpoint().getMarketplaces().marketplaceIds(),
                config.getParameters(), window);
    }

    private synchronized ReportCheckpoint currentCheckpoint() {
        return checkpoint;
    }

    /** The listed reports not emitted before (or that failed), oldest first. */
    private List<ReportInfo> fresh(List<ReportInfo> reports) {
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

    @Override
    public int processBatch(Queue<Object> reports) throws Exception {
        int total = reports.size();
        int sent = 0;
        for (int index = 0; index < total; index++) {
            ReportInfo report = (ReportInfo) reports.poll();
            if (!isBatchAllowed()) {
                break; // not marked: listed and emitted again by a later poll
            }
            Exchange exchange = createExchange(true);
            started(report);
            try {
                describe(report, exchange.getMessage());
                if (config().isDownloadReports()) {
                    fetcher.fetch(exchange, report.getReportId(), calls.sellerId(), null);
                }
            } catch (Exception e) {
                finished(report, false);
                releaseExchange(exchange, false);
                LOG.debug("{}: report {} not downloaded: {}", this, report.getReportId(), e.getMessage());
                if (downloadFailure == null) {
                    downloadFailure = e;
                }
                continue;
            }
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            exchange.getExchangeExtension().addOnCompletion(new Synchronization() {
                @Override
                public void onComplete(Exchange exchange) {
                    finished(report, true);
                }

                @Override
                public void onFailure(Exchange exchange) {
                    finished(report, false);
                }
            });
            getAsyncProcessor().process(exchange, EmptyAsyncCallback.get());
            sent++;
        }
        pendingExchanges = 0;
        return sent;
    }

    private void describe(ReportInfo report, Message message) {
        message.setBody(report);
        message.setHeader(MwsConstants.REPORT_INFO, report);
        message.setHeader(MwsConstants.REPORT_ID, report.getReportId());
        message.setHeader(MwsConstants.REPORT_TYPE, report.getReportType());
        message.setHeader(MwsConstants.REPORT_REQUEST_ID, report.getReportRequestId());
        message.setHeader(MwsConstants.AVAILABLE_DATE, report.getAvailableDate());
        message.setHeader(MwsConstants.SELLER_ID, calls.sellerId());
    }

    private synchronized void started(ReportInfo report) {
        if (acknowledgements != null) {
            inFlight.add(report.getReportId());
        } else {
            emitted.put(ReportCheckpoint.of(report), State.IN_FLIGHT);
        }
    }

    /** An exchange ended (or its report could not be downloaded). */
    private void finished(ReportInfo report, boolean completed) {
        if (acknowledgements != null) {
            synchronized (this) {
                inFlight.remove(report.getReportId());
            }
            if (completed) {
                acknowledgements.completed(report.getReportId());
            } else {
                LOG.debug("Report {} not completed: it stays unacknowledged and comes again", report.getReportId());
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
                LOG.warn("The checkpoint {} could not be stored in {}: {}; reports after the stored one may come again"
                         + " after a restart", moved, repository, e.getMessage(), e);
            }
            monitor.checkpoint(moved.availableDate());
        }
    }

    @Override
    public String toString() {
        return "ReportConsumer[" + getEndpoint().getMwsAction() + (calls != null ? ", seller " + calls.sellerId() : "")
               + "]";
    }
}
