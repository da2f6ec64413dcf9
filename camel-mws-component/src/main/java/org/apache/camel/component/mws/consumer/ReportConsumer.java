package org.apache.camel.component.mws.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

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
import org.apache.camel.component.mws.catalog.MarketplaceSelection;
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
 * {@code downloadReports=false}. With {@code sellerIds} (and {@code mwsAuthTokens}) one endpoint polls several
 * sellers, each with its own listing, acknowledgements or checkpoint, and each report is downloaded and
 * acknowledged for its seller; the exchange names the seller in {@code CamelMwsSellerId}. A report whose Content-Type
 * names no charset (a settlement report) is read in the charset of its seller's marketplaces (see
 * {@link SellerMarketplaces}).
 * <p>
 * With {@code acknowledge=true} MWS keeps the state: every poll lists the unacknowledged reports, and a report whose
 * exchange completed is acknowledged (UpdateReportAcknowledgements, batched up to 100, see
 * {@link ReportAcknowledgements}); a failed exchange leaves its report unacknowledged, so it comes again. Without
 * acknowledgements the consumer keeps a checkpoint per seller (AvailableDate and ReportId, see
 * {@link ReportCheckpoint}) in the endpoint's {@code stateRepository}; it moves past a report only once its exchange
 * and those of every report of the seller before it completed, so a failed report comes again (and the completed
 * ones after it do not, within this JVM). See {@link SellerReports}.
 * <p>
 * Unlike the windowed listings of {@link MwsConsumer}, reports are settled one by one (a failed report does not send
 * the others again) and each is downloaded just before its exchange is sent, so a poll never holds more than one
 * spooled report it has not handed over. The listing itself, the sellers' calls, the initial start, the poll monitor
 * and the batch properties are those of the other consumers; a poll limited by {@code maxMessagesPerPoll} starts
 * with the next seller the next time, so every seller is served in turn.
 */
public class ReportConsumer extends ScheduledBatchPollingConsumer implements PollMonitored {

    private static final Logger LOG = LoggerFactory.getLogger(ReportConsumer.class);

    /** A report listed for a seller, to be emitted. */
    private record Pending(SellerReports seller, ReportInfo report) {
    }

    private final PollMonitor monitor;
    private final Clock clock = Clock.systemUTC();
    /** The default store: kept by the consumer, so a route restarted in the same JVM resumes. */
    private final MemoryStateRepository memoryRepository = new MemoryStateRepository();
    private ReportFetcher fetcher;
    private Action list;
    private volatile List<SellerReports> sellers = List.of();
    /** Per seller: the marketplaces its reports belong to, which choose the charset of one that names none. */
    private Map<String, SellerMarketplaces> marketplaces = Map.of();
    private int nextSeller;
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
        List<SellerIdentity> identities = SellerIdentity.of(config, "mws:" + endpoint.getMwsAction() + " consumer");
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
        fetcher = new ReportFetcher(endpoint);
        ResponseInterpreter interpreter = new ResponseInterpreter(endpoint.getComponent().getXmlParser(),
                endpoint.getClient().masker());
        StateRepository<String, String> repository = null;
        if (!config.isAcknowledge()) {
            repository = config.getStateRepository() != null ? config.getStateRepository() : memoryRepository;
            ServiceHelper.startService(repository);
        }
        String marketplaceIds = String.join(",", endpoint.getMarketplaces().marketplaceIds());
        List<SellerReports> created = new ArrayList<>();
        Map<String, SellerMarketplaces> participations = new HashMap<>();
        Section sellersSection = endpoint.getComponent().getCatalog().section("Sellers");
        for (SellerIdentity identity : identities) {
            SellerCalls calls = new SellerCalls(endpoint.getClient(), interpreter, section, identity.sellerId(),
                    identity.mwsAuthToken(), config.getMaxListingRestarts(), null);
            participations.put(identity.sellerId(), new SellerMarketplaces(new SellerCalls(endpoint.getClient(),
                    interpreter, sellersSection, identity.sellerId(), identity.mwsAuthToken(),
                    config.getMaxListingRestarts(), null)));
            if (config.isAcknowledge()) {
                created.add(SellerReports.acknowledging(calls,
                        new ReportAcknowledgements(calls, section.action("UpdateReportAcknowledgements"))));
            } else {
                created.add(SellerReports.checkpointed(calls, repository,
                        Checkpoints.key(endpoint.getSection(), endpoint.getAction(), identity.sellerId(),
                                marketplaceIds),
                        InitialStart.parse(config.getInitialStart()).resolve(clock), moved -> checkpointMoved()));
            }
        }
        sellers = List.copyOf(created);
        marketplaces = Map.copyOf(participations);
        checkpointMoved();
        monitor.start(getRouteId());
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        for (SellerReports seller : sellers) {
            seller.flush();
        }
        monitor.stop();
    }

    /** The monitor shows the oldest checkpoint of the sellers (the one lagging most). */
    private void checkpointMoved() {
        Instant oldest = null;
        for (SellerReports seller : sellers) {
            Instant cp = seller.checkpoint();
            if (cp != null && (oldest == null || cp.isBefore(oldest))) {
                oldest = cp;
            }
        }
        if (oldest != null) {
            monitor.checkpoint(oldest);
        }
    }

    @Override
    protected int poll() throws Exception {
        long started = System.nanoTime();
        List<SellerReports> all = sellers;
        int budget = maxMessagesPerPoll > 0 ? maxMessagesPerPoll : Integer.MAX_VALUE;
        Queue<Object> batch = new ArrayDeque<>();
        int pages = 0;
        RuntimeException listingFailure = null;
        int first = nextSeller;
        for (int i = 0; i < all.size() && batch.size() < budget && isPollAllowed(); i++) {
            SellerReports seller = all.get((first + i) % all.size());
            List<ReportInfo> reports = new ArrayList<>();
            try {
                Listing listing = seller.calls().listing(list, listParameters(seller));
                for (ListingPage page = listing.next(); page != null; page = listing.next()) {
                    pages++;
                    for (Object record : page.records()) {
                        reports.add((ReportInfo) record);
                    }
                }
            } catch (RuntimeException e) {
                // the other sellers are polled all the same
                LOG.debug("{}: listing the reports of seller {} failed: {}", this, seller.sellerId(), e.getMessage());
                if (listingFailure == null) {
                    listingFailure = e;
                } else {
                    listingFailure.addSuppressed(e);
                }
                continue;
            }
            for (ReportInfo report : seller.fresh(reports)) {
                if (batch.size() >= budget) {
                    break;
                }
                batch.add(new Pending(seller, report));
            }
        }
        // the next poll starts with the next seller, so a limited poll serves every seller in turn
        nextSeller = all.isEmpty() ? 0 : (first + 1) % all.size();
        downloadFailure = null;
        int processed = processBatch(batch);
        for (SellerReports seller : all) {
            seller.flush();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Exception failure = listingFailure != null ? listingFailure : downloadFailure;
        if (failure != null) {
            // the poll counts as failed (backoff, health check); the reports not emitted come again
            monitor.pollFailed(failure, processed, pages, took);
            throw failure;
        }
        monitor.pollSucceeded(processed, pages, took);
        return processed;
    }

    private Map<String, String> listParameters(SellerReports seller) {
        MwsConfiguration config = config();
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("MaxCount", 100);
        if (config.getReportTypes() != null && !config.getReportTypes().isBlank()) {
            window.put("ReportTypeList", List.of(config.getReportTypes().trim().split("\\s*,\\s*")));
        }
        if (seller.acknowledges()) {
            window.put("Acknowledged", "false");
        } else {
            window.put("AvailableFromDate", seller.checkpoint());
        }
        return RequestParameters.assemble(list, getEndpoint().getMarketplaces().marketplaceIds(),
                config.getParameters(), window);
    }

    @Override
    public int processBatch(Queue<Object> reports) throws Exception {
        int total = reports.size();
        int sent = 0;
        // a seller's marketplaces are listed at most once a poll (once for good when the listing succeeds)
        Map<String, MarketplaceSelection> reportMarketplaces = new HashMap<>();
        for (int index = 0; index < total; index++) {
            Pending pending = (Pending) reports.poll();
            if (!isBatchAllowed()) {
                break; // not marked: listed and emitted again by a later poll
            }
            SellerReports seller = pending.seller();
            ReportInfo report = pending.report();
            Exchange exchange = createExchange(true);
            seller.started(report);
            try {
                describe(report, seller.sellerId(), exchange.getMessage());
                if (config().isDownloadReports()) {
                    fetcher.fetch(exchange, report.getReportId(), seller.sellerId(), seller.calls().mwsAuthToken(),
                            reportMarketplaces.computeIfAbsent(seller.sellerId(), this::marketplacesOf));
                }
            } catch (Exception e) {
                seller.finished(report, false);
                releaseExchange(exchange, false);
                LOG.debug("{}: report {} of seller {} not downloaded: {}", this, report.getReportId(),
                        seller.sellerId(), e.getMessage());
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
                    seller.finished(report, true);
                }

                @Override
                public void onFailure(Exchange exchange) {
                    seller.finished(report, false);
                }
            });
            getAsyncProcessor().process(exchange, EmptyAsyncCallback.get());
            sent++;
        }
        pendingExchanges = 0;
        return sent;
    }

    /**
     * @return the marketplaces the seller's reports belong to: its own, unless reportCharset makes them irrelevant or
     *         they cannot be listed (then the endpoint's)
     */
    private MarketplaceSelection marketplacesOf(String sellerId) {
        MarketplaceSelection endpoints = getEndpoint().getMarketplaces();
        String configured = config().getReportCharset();
        return configured != null && !configured.isBlank() ? endpoints
                : marketplaces.get(sellerId).orElse(endpoints);
    }

    private static void describe(ReportInfo report, String sellerId, Message message) {
        message.setBody(report);
        message.setHeader(MwsConstants.REPORT_INFO, report);
        message.setHeader(MwsConstants.REPORT_ID, report.getReportId());
        message.setHeader(MwsConstants.REPORT_TYPE, report.getReportType());
        message.setHeader(MwsConstants.REPORT_REQUEST_ID, report.getReportRequestId());
        message.setHeader(MwsConstants.AVAILABLE_DATE, report.getAvailableDate());
        message.setHeader(MwsConstants.SELLER_ID, sellerId);
    }

    @Override
    public String toString() {
        return "ReportConsumer[" + getEndpoint().getMwsAction() + ", sellers " + sellers + "]";
    }
}
