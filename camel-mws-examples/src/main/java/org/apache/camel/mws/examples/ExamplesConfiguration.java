package org.apache.camel.mws.examples;

import java.nio.file.Files;
import java.util.List;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.activemq6.ActiveMQComponent;
import org.apache.camel.component.mws.MwsComponent;
import org.apache.camel.component.mws.MwsConfiguration;
import org.apache.camel.component.mws.state.JdbcStateRepository;
import org.apache.camel.mws.examples.cluster.ClusterMode;
import org.apache.camel.mws.examples.cluster.ClusterSettings;
import org.apache.camel.mws.examples.config.ExampleSettings;
import org.apache.camel.mws.examples.config.SellerSettings;
import org.apache.camel.mws.examples.embedded.Database;
import org.apache.camel.mws.examples.embedded.EmbeddedBroker;
import org.apache.camel.mws.examples.embedded.EmbeddedSimulator;
import org.apache.camel.mws.examples.feeds.FeedRoutes;
import org.apache.camel.mws.examples.feeds.InventorySamples;
import org.apache.camel.mws.examples.feeds.SampleInventoryRoutes;
import org.apache.camel.mws.examples.orders.OrderSyncRoutes;
import org.apache.camel.mws.examples.orders.SyncStats;
import org.apache.camel.mws.examples.reports.ReportRoutes;
import org.apache.camel.mws.simulator.market.data.Listing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets the application up from its {@code examples.*} settings: checks them, starts what runs in-process (the MWS
 * simulator, the database pool, the ActiveMQ broker) as services of the CamelContext - so they stop after the routes,
 * in reverse order - configures the mws and jms components and adds the routes.
 */
public class ExamplesConfiguration implements CamelConfiguration {

    /** Registry name of the settings. */
    public static final String SETTINGS = "exampleSettings";
    /** Registry name of the sellers the application works for. */
    public static final String SELLERS = "sellers";
    /** Registry name of the in-process simulator (only when it is enabled). */
    public static final String SIMULATOR = "mwsSimulator";
    /** Registry name of the order sync counters. */
    public static final String SYNC_STATS = "syncStats";
    /** Registry name of the database's DataSource. */
    public static final String DATA_SOURCE = "dataSource";

    private static final Logger LOG = LoggerFactory.getLogger(ExamplesConfiguration.class);

    @Override
    public void configure(CamelContext context) throws Exception {
        ExampleSettings settings = ExampleSettings.read(key -> context.getPropertiesComponent().resolveProperty(key));
        Files.createDirectories(settings.workDir());
        context.getRegistry().bind(SETTINGS, settings);
        // before the mws component exists: it takes the cluster's shared throttle store when it is created
        ClusterMode.installIfEnabled(context,
                ClusterSettings.read(key -> context.getPropertiesComponent().resolveProperty(key)));

        List<SellerSettings> sellers = configureMws(context, settings);
        context.getRegistry().bind(SELLERS, sellers);

        Database database = start(context, new Database(settings.database()));
        context.getRegistry().bind(DATA_SOURCE, database.dataSource());

        if (settings.feeds().enabled()) {
            configureJms(context, settings);
        }

        SyncStats stats = new SyncStats();
        context.getRegistry().bind(SYNC_STATS, stats);
        if (settings.orders().enabled()) {
            context.getRegistry().bind(OrderSyncRoutes.CHECKPOINTS, new JdbcStateRepository(database.dataSource()));
            addRoutes(context, "orderSyncRoutes", new OrderSyncRoutes(sellers, settings.orders().pollInterval(),
                    settings.orders().initialStart(), stats));
        }
        if (settings.reports().enabled()) {
            addRoutes(context, "reportRoutes", new ReportRoutes(sellers, settings.reports().directory(),
                    settings.reports().pollInterval()));
        }
        if (settings.feeds().enabled()) {
            addRoutes(context, "feedRoutes", new FeedRoutes(sellers, settings.feeds().pollInterval()));
        }
        EmbeddedSimulator simulator = context.getRegistry().lookupByNameAndType(SIMULATOR + "Service",
                EmbeddedSimulator.class);
        if (settings.feeds().enabled() && settings.feeds().samples() && simulator != null) {
            InventorySamples samples = new InventorySamples(sellers.stream().map(SellerSettings::sellerId).toList(),
                    sellerId -> simulator.simulator().market().listings(sellerId).stream().limit(40)
                            .map(Listing::sku).toList());
            addRoutes(context, "sampleInventoryRoutes", new SampleInventoryRoutes(samples, settings.feeds().sampleInterval()));
        }
    }

    /**
     * Hands routes to Camel Main through the registry: it adds them after it applied the {@code camel.component.*}
     * properties, so that the endpoints the routes create start from the mws component's final configuration.
     */
    private static void addRoutes(CamelContext context, String name, RoutesBuilder routes) {
        context.getRegistry().bind(name, routes);
    }

    /**
     * Starts a service now (the routes created next need it running) and hands it to the context, which stops it
     * after the routes, in reverse order of start.
     */
    private static <S extends org.apache.camel.Service> S start(CamelContext context, S service) throws Exception {
        service.start();
        context.addService(service, true, false);
        return service;
    }

    /** The simulator's or the configured sellers; the developer's keys and the endpoint on the mws component. */
    private static List<SellerSettings> configureMws(CamelContext context, ExampleSettings settings)
            throws Exception {
        MwsComponent mws = context.getComponent("mws", MwsComponent.class);
        mws.setRequestPacer(new ThrottleWaitLog(mws.getRequestPacer()));
        MwsConfiguration config = mws.getConfiguration();
        if (settings.simulator().enabled()) {
            EmbeddedSimulator simulator = start(context,
                    new EmbeddedSimulator(settings.simulator(), settings.workDir()));
            context.getRegistry().bind(SIMULATOR, simulator.simulator());
            context.getRegistry().bind(SIMULATOR + "Service", simulator);
            config.setEndpoint(simulator.endpoint());
            // the simulator's quotas restore faster by its time scale: the component's pacing must know it
            config.setTimeScale(settings.simulator().timeScale());
            config.setAccessKeyId(simulator.developer().accessKeyId());
            config.setSecretKey(simulator.developer().secretKey());
            List<SellerSettings> sellers = simulator.sellers();
            sellers.forEach(s -> LOG.info("Simulated seller {} sells in {}", s.sellerId(), s.marketplaces()));
            return sellers;
        }
        ExampleSettings.Mws real = settings.mws();
        config.setAccessKeyId(real.accessKeyId());
        config.setSecretKey(real.secretKey());
        if (real.endpoint() != null) {
            config.setEndpoint(real.endpoint());
        }
        // 1 for MWS; a simulator standing in for MWS runs its quotas faster by its time scale
        config.setTimeScale(real.timeScale());
        LOG.info("Working for {} sellers on {}{}", real.sellers().size(),
                real.endpoint() != null ? real.endpoint() : "MWS",
                real.timeScale() != 1.0 ? " (time scale " + real.timeScale() + ")" : "");
        return real.sellers();
    }

    /** The embedded broker, or the external one of {@code examples.jms.broker-url}, behind the {@code jms} scheme. */
    private static void configureJms(CamelContext context, ExampleSettings settings) throws Exception {
        String url;
        if (settings.jms().embedded()) {
            start(context, new EmbeddedBroker(settings.workDir().resolve("activemq")));
            url = EmbeddedBroker.clientUrl();
        } else {
            url = settings.jms().brokerUrl();
            LOG.info("Using the ActiveMQ broker at {}", url);
        }
        ActiveMQComponent jms = new ActiveMQComponent();
        jms.setBrokerURL(url);
        // one shared connection is plenty for two queues (and needs no pool library)
        jms.setUsePooledConnection(false);
        jms.setUseSingleConnection(true);
        if (settings.jms().user() != null) {
            jms.setUsername(settings.jms().user());
            jms.setPassword(settings.jms().password());
        }
        context.addComponent("jms", jms);
    }
}
