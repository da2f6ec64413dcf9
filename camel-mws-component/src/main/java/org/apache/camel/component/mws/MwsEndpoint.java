package org.apache.camel.component.mws;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.component.mws.catalog.Action;
import org.apache.camel.component.mws.catalog.MarketplaceSelection;
import org.apache.camel.component.mws.catalog.Section;
import org.apache.camel.component.mws.consumer.ListingSpecs;
import org.apache.camel.component.mws.consumer.MwsConsumer;
import org.apache.camel.component.mws.consumer.ReportConsumer;
import org.apache.camel.component.mws.health.MwsConsumerHealthCheck;
import org.apache.camel.component.mws.throttle.BucketSettings;
import org.apache.camel.component.mws.signing.UserAgent;
import org.apache.camel.component.mws.transport.EndpointAddress;
import org.apache.camel.component.mws.transport.MwsClient;
import org.apache.camel.component.mws.transport.MwsCredentials;
import org.apache.camel.component.mws.transport.RequestPacer;
import org.apache.camel.component.mws.transport.RetryPolicy;
import org.apache.camel.component.mws.transport.TransportSettings;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Sends any action of an Amazon MWS API section, signed with Signature Version 2, and turns the answer into a typed
 * result or a precise {@link MwsException}.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "mws", title = "Amazon MWS", syntax = "mws:section/action",
             category = { Category.CLOUD, Category.API }, headersClass = MwsConstants.class)
public class MwsEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    @UriPath(description = "The MWS API section (case-insensitive): Orders, Reports, Feeds, Products,"
                           + " FulfillmentInboundShipment, FulfillmentInventory, FulfillmentOutboundShipment, Finances,"
                           + " MerchantFulfillment, Sellers, Subscriptions, Recommendations, ShipmentInvoicing,"
                           + " EasyShip, CustomerInformation or CartInformation.")
    @Metadata(required = true)
    private String section;
    @UriPath(description = "The MWS action (operation) of the section, e.g. ListOrders, RequestReport, SubmitFeed,"
                           + " GetServiceStatus (case-insensitive).")
    @Metadata(required = true)
    private String action;
    @UriParam
    private MwsConfiguration configuration;

    private final Section mwsSection;
    private final Action mwsAction;
    private MarketplaceSelection marketplaces = MarketplaceSelection.NONE;
    private URI baseUri;
    private BucketSettings bucketSettings = BucketSettings.PUBLISHED;
    private volatile MwsClient client;
    /** The consumers created, held weakly: {@code master:} creates a new one at each leadership and drops the old. */
    private final Set<ScheduledPollConsumer> consumers = Collections.newSetFromMap(new WeakHashMap<>());

    public MwsEndpoint(String uri, MwsComponent component, MwsConfiguration configuration, Section section,
                       Action action) {
        super(uri, component);
        this.configuration = configuration;
        this.mwsSection = section;
        this.mwsAction = action;
        this.section = section.name();
        this.action = action.name();
    }

    @Override
    public MwsComponent getComponent() {
        return (MwsComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        return new MwsProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        ScheduledPollConsumer consumer;
        if (ReportConsumer.polls(mwsAction)) {
            ReportConsumer reports = new ReportConsumer(this, processor);
            reports.setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
            consumer = reports;
        } else {
            MwsConsumer listing = new MwsConsumer(this, processor,
                    ListingSpecs.of(mwsSection, mwsAction, configuration));
            listing.setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
            consumer = listing;
        }
        configureConsumer(consumer);
        synchronized (consumers) {
            consumers.add(consumer);
        }
        return consumer;
    }

    /**
     * Whether a consumer of this endpoint is started. Cluster mode asks it of a {@code master:} route's endpoint: the
     * route runs, but its consumer starts only once the node leads, and a start that never happened is to be retried.
     *
     * @return true when one of the consumers this endpoint created is started
     */
    public boolean hasStartedConsumer() {
        synchronized (consumers) {
            return consumers.stream().anyMatch(ScheduledPollConsumer::isStarted);
        }
    }

    /**
     * Gives polling consumers the mws consumer health check (DOWN after repeated failed polls, with the MWS error
     * details), unless they brought their own.
     */
    @Override
    public void configureConsumer(Consumer consumer) throws Exception {
        super.configureConsumer(consumer);
        if (consumer instanceof ScheduledPollConsumer poll && poll.getHealthCheck() == null) {
            poll.setHealthCheck(new MwsConsumerHealthCheck(poll,
                    getComponent().getHealthCheckConsumerFailureThreshold()));
        }
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        marketplaces = getComponent().getCatalog().selectMarketplaces(configuration.getMarketplace());
        baseUri = EndpointAddress.resolve(configuration.getEndpoint(), marketplaces,
                configuration.isAllowInsecureHttp());
        if (configuration.getReportCharset() != null && !configuration.getReportCharset().isBlank()) {
            ReportCharsets.named(configuration.getReportCharset().trim());
        }
        bucketSettings = BucketSettings.of(getComponent().getCatalog(), mwsSection, configuration.getTimeScale(),
                configuration.getBuckets());
        if (configuration.getMaxListingRestarts() < 0) {
            throw new IllegalArgumentException("mws:" + section + "/" + action + ": maxListingRestarts must not be"
                                               + " negative, was " + configuration.getMaxListingRestarts());
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client = createClient();
    }

    @Override
    protected void doStop() throws Exception {
        client = null;
        super.doStop();
    }

    private MwsClient createClient() {
        MwsConfiguration c = configuration;
        return createClient(RetryPolicy.of(c.getMaxRetries(), c.getRetryBackoff(), c.getRetryJitter()),
                Duration.ofMillis(c.getMaxThrottleWait()));
    }

    /**
     * A client like the endpoint's own but with its own retries and throttling wait (e.g. for a health check that
     * must answer quickly). Available once the endpoint is initialised.
     *
     * @param  retryPolicy     how failed attempts are retried
     * @param  maxThrottleWait how long pacing may hold a request
     * @return                 the client
     */
    public MwsClient createClient(RetryPolicy retryPolicy, Duration maxThrottleWait) {
        MwsConfiguration c = configuration;
        MwsCredentials credentials = new MwsCredentials(c.getAccessKeyId(), c.getSecretKey(), c.getSellerId(),
                c.getMwsAuthToken());
        TransportSettings settings = new TransportSettings(baseUri,
                UserAgent.of(c.getApplicationName(), c.getApplicationVersion()),
                Duration.ofMillis(c.getConnectTimeout()), Duration.ofMillis(c.getSocketTimeout()),
                c.getMaxResponseSize(), retryPolicy, maxThrottleWait, bucketSettings);
        MwsComponent component = getComponent();
        RequestPacer pacer = c.isThrottling() ? component.getRequestPacer() : RequestPacer.NONE;
        return new MwsClient(component.getHttpClient(), component.getXmlParser(), pacer,
                component.getClockSkewMonitor(), credentials, c.getSignatureMethod(), settings, Clock.systemUTC(),
                component.getTransportListener());
    }

    /**
     * @return the client sending this endpoint's requests (available once the endpoint started)
     */
    public MwsClient getClient() {
        MwsClient c = client;
        if (c == null) {
            throw new IllegalStateException("The endpoint " + this + " is not started");
        }
        return c;
    }

    /**
     * @return the throttling limits of the endpoint (published quotas, overrides, time scale)
     */
    public BucketSettings getBucketSettings() {
        return bucketSettings;
    }

    /**
     * @return the section of the endpoint
     */
    public Section getMwsSection() {
        return mwsSection;
    }

    /**
     * @return the action of the endpoint
     */
    public Action getMwsAction() {
        return mwsAction;
    }

    /**
     * @return the MarketplaceIds and host resolved from the marketplace option
     */
    public MarketplaceSelection getMarketplaces() {
        return marketplaces;
    }

    /**
     * @return the base URL requests go to (known once the endpoint is initialised)
     */
    public URI getBaseUri() {
        return baseUri;
    }

    public MwsConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The endpoint's configuration.
     */
    public void setConfiguration(MwsConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getSection() {
        return section;
    }

    public String getAction() {
        return action;
    }

    @Override
    public String getServiceUrl() {
        return baseUri != null ? baseUri.toString() : configuration.getEndpoint();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }
}
