package org.apache.camel.component.mws.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.component.mws.MwsConfiguration;
import org.apache.camel.component.mws.MwsEndpoint;
import org.apache.camel.component.mws.ResponseInterpreter;
import org.apache.camel.component.mws.monitor.PollMonitor;
import org.apache.camel.component.mws.monitor.PollMonitored;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.EmptyAsyncCallback;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Polls a listing action of MWS ({@code from("mws:Orders/ListOrders")}) and emits one exchange per record, in
 * windows: each window lists the records from the checkpoint to where MWS says the listing ended, following every
 * page, and the checkpoint moves to the window's end only once every exchange of the window completed. A failed
 * exchange leaves the checkpoint where it was, so the window is polled again (at-least-once). Checkpoints are kept
 * in the endpoint's {@code stateRepository} (in memory by default), one per seller.
 * <p>
 * Camel's scheduled-poll options apply (delay, initialDelay, backoff*, greedy, ...); a poll emits at most
 * {@code maxMessagesPerPoll} exchanges and the window continues with the next poll. The exchanges carry the
 * {@code CamelBatchIndex}, {@code CamelBatchSize} and {@code CamelBatchComplete} properties of their poll.
 */
public class MwsConsumer extends ScheduledBatchPollingConsumer implements PollMonitored {

    private final ListingSpec spec;
    private final PollMonitor monitor;
    private final Clock clock;
    /** The default store: kept by the consumer, so a route restarted in the same JVM resumes. */
    private final MemoryStateRepository memoryRepository = new MemoryStateRepository();
    private volatile List<SellerFeed> feeds = List.of();
    private int nextFeed;
    /**
     * The polls since the last one that greedy did not start: a seller opens at most one window in each, so polling
     * again at once while records remain continues the windows in progress instead of listing every seller again.
     */
    private long drain;
    private boolean lastPollEmitted;

    public MwsConsumer(MwsEndpoint endpoint, Processor processor, ListingSpec spec) {
        super(endpoint, processor);
        this.spec = spec;
        this.monitor = new PollMonitor(endpoint);
        this.clock = Clock.systemUTC();
    }

    @Override
    public MwsEndpoint getEndpoint() {
        return (MwsEndpoint) super.getEndpoint();
    }

    @Override
    public PollMonitor getPollMonitor() {
        return monitor;
    }

    @Override
    protected void doStart() throws Exception {
        MwsEndpoint endpoint = getEndpoint();
        MwsConfiguration config = endpoint.getConfiguration();
        StateRepository<String, String> repository = config.getStateRepository() != null
                ? config.getStateRepository() : memoryRepository;
        ServiceHelper.startService(repository);
        InitialStart initialStart = InitialStart.parse(config.getInitialStart());
        Map<String, Object> uriParameters = config.getParameters();
        if (uriParameters != null) {
            for (String reserved : spec.windowParameterNames()) {
                if (uriParameters.containsKey(reserved)) {
                    throw new IllegalArgumentException("mws:" + endpoint.getMwsAction() + " consumer: the parameter "
                                                       + reserved + " is set by the consumer from its checkpoint;"
                                                       + " remove parameters." + reserved
                                                       + " (use initialStart for the first poll)");
                }
            }
        }
        List<SellerIdentity> sellers = SellerIdentity.of(config, "mws:" + endpoint.getMwsAction() + " consumer");
        ResponseInterpreter interpreter = new ResponseInterpreter(endpoint.getComponent().getXmlParser(),
                endpoint.getClient().masker());
        List<String> marketplaceIds = endpoint.getMarketplaces().marketplaceIds();
        SellerFeed.Settings settings = new SellerFeed.Settings(spec, endpoint.getMwsAction(), marketplaceIds,
                uriParameters, new Checkpoints(repository), clock, Duration.ofMillis(config.getWindowLag()),
                this::checkpointMoved);
        List<SellerFeed> created = new ArrayList<>();
        for (SellerIdentity seller : sellers) {
            SellerCalls calls = new SellerCalls(endpoint.getClient(), interpreter, endpoint.getMwsSection(),
                    seller.sellerId(), seller.mwsAuthToken(), config.getMaxListingRestarts(), null);
            String key = Checkpoints.key(endpoint.getSection(), endpoint.getAction(), seller.sellerId(),
                    String.join(",", marketplaceIds));
            SellerFeed feed = new SellerFeed("mws:" + endpoint.getMwsAction() + " seller " + seller.sellerId(), calls,
                    key, settings);
            feed.restore(() -> initialStart.resolve(clock));
            created.add(feed);
        }
        feeds = List.copyOf(created);
        checkpointMoved();
        monitor.start(getRouteId());
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        monitor.stop();
    }

    /** The monitor shows the oldest checkpoint of the sellers (the one lagging most). */
    private void checkpointMoved() {
        Instant oldest = null;
        for (SellerFeed feed : feeds) {
            Instant cp = feed.checkpoint();
            if (cp != null && (oldest == null || cp.isBefore(oldest))) {
                oldest = cp;
            }
        }
        monitor.checkpoint(oldest);
    }

    @Override
    protected int poll() throws Exception {
        long started = System.nanoTime();
        List<SellerFeed> all = feeds;
        int budget = maxMessagesPerPoll > 0 ? maxMessagesPerPoll : Integer.MAX_VALUE;
        List<Delivery> batch = new ArrayList<>();
        int pages = 0;
        int first = nextFeed;
        if (!(isGreedy() && lastPollEmitted)) {
            drain++;
        }
        lastPollEmitted = false;
        List<SellerFeed> inTurn = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            inTurn.add(all.get((first + i) % all.size()));
        }
        ListingInTurn listing = new ListingInTurn(drain, this::isPollAllowed);
        listing.list(inTurn);
        pages += listing.pages();
        RuntimeException failure = listing.failure();
        for (int i = 0; i < inTurn.size() && batch.size() < budget && isPollAllowed(); i++) {
            SellerFeed feed = inTurn.get(i);
            if (listing.hasFailed(feed)) {
                continue;
            }
            try {
                pages += feed.fill(batch, budget - batch.size(), () -> createExchange(true), drain);
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        // the next poll starts with the next seller, so a limited poll serves every seller in turn
        nextFeed = all.isEmpty() ? 0 : (first + 1) % all.size();
        int processed = processBatch(new ArrayDeque<>(batch));
        lastPollEmitted = processed > 0;
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (failure != null) {
            monitor.pollFailed(failure, processed, pages, took);
            throw failure;
        }
        monitor.pollSucceeded(processed, pages, took);
        return processed;
    }

    @Override
    public int processBatch(Queue<Object> deliveries) throws Exception {
        int total = deliveries.size();
        int sent = 0;
        for (int index = 0; index < total; index++) {
            Delivery delivery = (Delivery) deliveries.poll();
            if (!isBatchAllowed() || delivery.window().isAbandoned()) {
                // not sent: its window is listed again
                delivery.skip();
                continue;
            }
            Exchange exchange = delivery.exchange();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            exchange.getExchangeExtension().addOnCompletion(delivery);
            getAsyncProcessor().process(exchange, EmptyAsyncCallback.get());
            sent++;
        }
        pendingExchanges = 0;
        return sent;
    }
}
