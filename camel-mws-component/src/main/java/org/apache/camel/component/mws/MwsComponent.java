package org.apache.camel.component.mws;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.net.ssl.SSLContext;

import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.component.mws.catalog.Action;
import org.apache.camel.component.mws.catalog.MwsCatalog;
import org.apache.camel.component.mws.catalog.Section;
import org.apache.camel.component.mws.health.ServiceStatusCache;
import org.apache.camel.component.mws.monitor.BucketLevels;
import org.apache.camel.component.mws.monitor.CheckpointLag;
import org.apache.camel.component.mws.monitor.MwsMetrics;
import org.apache.camel.component.mws.model.MwsXmlParser;
import org.apache.camel.component.mws.pacing.ThrottlingRequestPacer;
import org.apache.camel.component.mws.throttle.InMemoryThrottleStore;
import org.apache.camel.component.mws.throttle.RequestThrottler;
import org.apache.camel.component.mws.throttle.ThrottleStore;
import org.apache.camel.component.mws.transport.ClockSkewMonitor;
import org.apache.camel.component.mws.transport.HttpClientFactory;
import org.apache.camel.component.mws.transport.MwsTransportListener;
import org.apache.camel.component.mws.transport.RequestPacer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.PropertiesHelper;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;

/**
 * The {@code mws:} component: Amazon Marketplace Web Service. Holds what its endpoints share: one pooled HttpClient,
 * the catalog of MWS sections and operations, the XML parser and the request pacer. Options set here apply to every
 * endpoint, which may override them.
 */
@Component("mws")
public class MwsComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "The configuration shared by all endpoints; each endpoint starts from a copy of it.")
    private MwsConfiguration configuration = new MwsConfiguration();
    @Metadata(label = "advanced", defaultValue = "50",
              description = "The most HTTP connections the component keeps open at once (its endpoints share one"
                            + " pool).")
    private int maxConnections = 50;
    @Metadata(label = "security", description = "TLS settings for the connections to MWS (e.g. to trust a test"
                                                + " server's certificate); the JVM's defaults when not set.")
    private SSLContextParameters sslContextParameters;
    @Metadata(label = "security", defaultValue = "false",
              description = "Use the CamelContext's global TLS settings when sslContextParameters is not set.")
    private boolean useGlobalSslContextParameters;
    @Metadata(label = "health", defaultValue = "3",
              description = "A polling consumer is reported DOWN by its health check from this many failed polls in a"
                            + " row (each after the transport's retries); 1 reports DOWN at the first failure.")
    private int healthCheckConsumerFailureThreshold = 3;
    @Metadata(label = "advanced,throttling", autowired = true,
              description = "Where the state of the throttling buckets is kept: in memory by default; a store shared"
                            + " by several JVMs keeps nodes that send for the same sellers within one quota. A single"
                            + " ThrottleStore bean in the registry is used automatically.")
    private ThrottleStore throttleStore;

    private final MwsCatalog catalog = MwsCatalog.getDefault();
    private final ClockSkewMonitor clockSkewMonitor = new ClockSkewMonitor(Clock.systemUTC());
    private ServiceStatusCache serviceStatusCache = new ServiceStatusCache();
    private final BucketLevels bucketLevels = new BucketLevels(this::getRequestPacer);
    private volatile MwsTransportListener transportListener;
    private volatile CheckpointLag checkpointLag;
    private volatile MwsXmlParser xmlParser;
    private volatile CloseableHttpClient httpClient;
    private volatile RequestPacer requestPacer;

    public MwsComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        String[] parts = remaining == null ? new String[0] : remaining.split("/", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException("The mws URI must be mws:<section>/<Action>, e.g. mws:Orders/ListOrders;"
                                               + " got mws:" + remaining + ". Valid sections: "
                                               + String.join(", ", catalog.sections().keySet()));
        }
        Section section = catalog.section(parts[0]);
        Action action = section.action(parts[1]);

        MwsConfiguration config = configuration != null ? configuration.copy() : new MwsConfiguration();
        Map<String, Object> uriParameters = PropertiesHelper.extractProperties(parameters, "parameters.");
        Map<String, Object> uriBuckets = PropertiesHelper.extractProperties(parameters, "buckets.");
        MwsEndpoint endpoint = new MwsEndpoint(uri, this, config, section, action);
        setProperties(endpoint, parameters);
        if (!uriBuckets.isEmpty()) {
            Map<String, Object> merged = config.getBuckets() == null
                    ? new LinkedHashMap<>() : new LinkedHashMap<>(config.getBuckets());
            merged.putAll(uriBuckets);
            config.setBuckets(merged);
        }
        if (!uriParameters.isEmpty()) {
            Map<String, Object> merged = config.getParameters() == null
                    ? new LinkedHashMap<>() : new LinkedHashMap<>(config.getParameters());
            merged.putAll(uriParameters);
            config.setParameters(merged);
        }
        return endpoint;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (xmlParser == null) {
            xmlParser = new MwsXmlParser();
        }
        if (requestPacer == null) {
            requestPacer = createRequestPacer();
        }
    }

    /**
     * @return the pacer used by the endpoints that have throttling enabled
     */
    protected RequestPacer createRequestPacer() {
        if (throttleStore == null) {
            throttleStore = new InMemoryThrottleStore();
        }
        return new ThrottlingRequestPacer(new RequestThrottler(throttleStore));
    }

    @Override
    protected void doStop() throws Exception {
        CloseableHttpClient client = httpClient;
        httpClient = null;
        if (client != null) {
            client.close(CloseMode.GRACEFUL);
        }
        super.doStop();
    }

    /**
     * @return the component's pooled HTTP client, created on first use
     */
    public CloseableHttpClient getHttpClient() {
        CloseableHttpClient client = httpClient;
        if (client == null) {
            synchronized (this) {
                client = httpClient;
                if (client == null) {
                    client = HttpClientFactory.create(maxConnections,
                            Duration.ofMillis(configuration.getConnectTimeout()),
                            Duration.ofMillis(configuration.getSocketTimeout()), sslContext());
                    httpClient = client;
                }
            }
        }
        return client;
    }

    private SSLContext sslContext() {
        SSLContextParameters params = sslContextParameters;
        if (params == null && useGlobalSslContextParameters) {
            params = retrieveGlobalSslContextParameters();
        }
        if (params == null) {
            return null;
        }
        try {
            return params.createSSLContext(getCamelContext());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the TLS context of the mws component: " + e.getMessage(), e);
        }
    }

    /**
     * @return the catalog of sections, operations and marketplaces
     */
    public MwsCatalog getCatalog() {
        return catalog;
    }

    /**
     * @return the parser of MWS XML answers
     */
    public MwsXmlParser getXmlParser() {
        if (xmlParser == null) {
            xmlParser = new MwsXmlParser();
        }
        return xmlParser;
    }

    /**
     * @return the pacer throttled endpoints send through
     */
    public RequestPacer getRequestPacer() {
        if (requestPacer == null) {
            requestPacer = createRequestPacer();
        }
        return requestPacer;
    }

    /**
     * Replaces the pacer the endpoints with throttling send through (before the endpoints start).
     */
    public void setRequestPacer(RequestPacer requestPacer) {
        this.requestPacer = requestPacer;
    }

    /**
     * @return the watcher of the MWS servers' clocks
     */
    public ClockSkewMonitor getClockSkewMonitor() {
        return clockSkewMonitor;
    }

    public MwsConfiguration getConfiguration() {
        return configuration;
    }

    public ThrottleStore getThrottleStore() {
        return throttleStore;
    }

    /**
     * Where the state of the throttling buckets is kept (in memory by default). Set it before the component starts.
     */
    public void setThrottleStore(ThrottleStore throttleStore) {
        this.throttleStore = throttleStore;
    }

    /**
     * The configuration shared by all endpoints; each endpoint starts from a copy of it.
     */
    public void setConfiguration(MwsConfiguration configuration) {
        this.configuration = configuration;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    /**
     * The most HTTP connections the component keeps open at once (its endpoints share one pool).
     */
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /**
     * TLS settings for the connections to MWS; the JVM's defaults when not set.
     */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /**
     * Use the CamelContext's global TLS settings when sslContextParameters is not set.
     */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public int getHealthCheckConsumerFailureThreshold() {
        return healthCheckConsumerFailureThreshold;
    }

    /**
     * A polling consumer is reported DOWN by its health check from this many failed polls in a row (each after the
     * transport's retries); 1 reports DOWN at the first failure.
     */
    public void setHealthCheckConsumerFailureThreshold(int healthCheckConsumerFailureThreshold) {
        this.healthCheckConsumerFailureThreshold = healthCheckConsumerFailureThreshold;
    }

    /**
     * @return the GetServiceStatus answers the producer health checks share
     */
    public ServiceStatusCache getServiceStatusCache() {
        return serviceStatusCache;
    }

    /**
     * Replaces the cache of GetServiceStatus answers (e.g. one on another clock); before the producers start.
     */
    public void setServiceStatusCache(ServiceStatusCache serviceStatusCache) {
        this.serviceStatusCache = serviceStatusCache;
    }

    /**
     * @return the throttling buckets the component's requests used, with their levels
     */
    public BucketLevels getBucketLevels() {
        return bucketLevels;
    }

    /**
     * @return what observes the transport of every endpoint: the bucket levels, and the Micrometer metrics when a
     *         MeterRegistry is in the Camel registry (looked up when the first endpoint starts)
     */
    public MwsTransportListener getTransportListener() {
        MwsTransportListener listener = transportListener;
        if (listener == null) {
            synchronized (this) {
                listener = transportListener;
                if (listener == null) {
                    listener = MwsTransportListener.both(bucketLevels,
                            MwsMetrics.listener(getCamelContext(), bucketLevels));
                    transportListener = listener;
                }
            }
        }
        return listener;
    }

    /**
     * Replaces what observes the transport (before the endpoints start); include {@link #getBucketLevels()} to keep
     * the levels the dev console shows.
     */
    public void setTransportListener(MwsTransportListener transportListener) {
        this.transportListener = transportListener;
    }

    /**
     * @return the checkpoint lag gauges of polling consumers (no-op without Micrometer or MeterRegistry)
     */
    public CheckpointLag getCheckpointLag() {
        CheckpointLag lag = checkpointLag;
        if (lag == null) {
            lag = MwsMetrics.checkpointLag(getCamelContext());
            checkpointLag = lag;
        }
        return lag;
    }
}
