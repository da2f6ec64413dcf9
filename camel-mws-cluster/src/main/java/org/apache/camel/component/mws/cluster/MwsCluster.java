package org.apache.camel.component.mws.cluster;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

import com.hazelcast.core.HazelcastInstance;

import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.mws.throttle.InMemoryThrottleStore;
import org.apache.camel.component.mws.throttle.ThrottleClock;
import org.apache.camel.component.mws.throttle.ThrottleStore;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a Camel context one node of an MWS cluster: it starts (or joins with) a Hazelcast member, binds a
 * {@link HazelcastThrottleStore} (the {@code mws} component picks up a single {@link ThrottleStore} bean by itself,
 * so all nodes pace to one quota per seller), binds a {@link HazelcastStateRepository} for consumer checkpoints,
 * and adds a Camel cluster service for {@code master:} routes: {@link HazelcastPartitionClusterService} by default,
 * or ZooKeeper's.
 *
 * <pre>
 * MwsCluster cluster = new MwsCluster(new HazelcastMemberConfig().setInstanceName("node-2").setPort(5702));
 * cluster.installInto(context);   // before the routes are added
 * from(MwsCluster.master("orders-" + seller, "mws:Orders/ListOrders?sellerId=" + seller + "&amp;stateRepository=#"
 *         + MwsCluster.STATE_REPOSITORY_BEAN)) ...
 * </pre>
 *
 * The Hazelcast member it started stops with the context, after the routes and the cluster service.
 */
public final class MwsCluster extends ServiceSupport {

    /** Registry name of the shared throttle store. */
    public static final String THROTTLE_STORE_BEAN = "mwsClusterThrottleStore";
    /** Registry name of the shared state repository (consumer checkpoints). */
    public static final String STATE_REPOSITORY_BEAN = "mwsClusterStateRepository";

    /** Who decides which node runs a namespace's consumers. */
    public enum Leadership {
        /** The owner of the namespace's Hazelcast partition: nothing else to run, namespaces spread evenly. */
        HAZELCAST,
        /** Camel's ZooKeeper cluster service (Curator leader election): needs a ZooKeeper ensemble. */
        ZOOKEEPER;

        /** Parses {@code hazelcast} or {@code zookeeper}, case-insensitively. */
        public static Leadership of(String name) {
            Objects.requireNonNull(name, "leadership must not be null");
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("leadership must be hazelcast or zookeeper, was '" + name + "'", e);
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(MwsCluster.class);

    private final HazelcastMemberConfig memberConfig;
    private HazelcastInstance hazelcast;
    private boolean ownsHazelcast;
    private Leadership leadership = Leadership.HAZELCAST;
    private String zookeeperNodes = "127.0.0.1:2181";
    private String zookeeperBasePath = "/camel-mws/leadership";
    private Duration zookeeperSessionTimeout = Duration.ofSeconds(10);
    private Duration takeoverDelay = Duration.ofSeconds(1);
    private Duration leaderStartCheck = Duration.ofSeconds(10);
    private int quorum = 1;
    private Duration bucketEvictAfter = InMemoryThrottleStore.DEFAULT_EVICT_AFTER;

    private HazelcastThrottleStore throttleStore;
    private HazelcastStateRepository stateRepository;
    private CamelClusterService clusterService;

    /** A node that starts its own embedded Hazelcast member with these settings. */
    public MwsCluster(HazelcastMemberConfig memberConfig) {
        this.memberConfig = Objects.requireNonNull(memberConfig, "memberConfig must not be null");
    }

    /** A node on a Hazelcast member (or client) the application manages; it is left running on stop. */
    public MwsCluster(HazelcastInstance hazelcast) {
        this.memberConfig = null;
        this.hazelcast = Objects.requireNonNull(hazelcast, "hazelcast must not be null");
    }

    /** {@code master:<namespace>:<consumer uri>}: the consumer runs only on the leader of the namespace. */
    public static String master(String namespace, String consumerUri) {
        Objects.requireNonNull(namespace, "namespace must not be null");
        Objects.requireNonNull(consumerUri, "consumerUri must not be null");
        if (namespace.isBlank() || namespace.contains(":")) {
            throw new IllegalArgumentException("a cluster namespace must be non-empty and without ':', was '" + namespace + "'");
        }
        return "master:" + namespace + ":" + consumerUri;
    }

    /**
     * Joins the cluster and binds the shared pieces into the context: call it before routes are added (the
     * {@code mws} component takes the throttle store when it is created).
     */
    public synchronized MwsCluster installInto(CamelContext context) {
        Objects.requireNonNull(context, "context must not be null");
        if (throttleStore != null) {
            throw new IllegalStateException("this cluster node is already installed into a context");
        }
        if (hazelcast == null) {
            LOG.info("Joining the MWS cluster: {}", memberConfig);
            hazelcast = memberConfig.newInstance();
            ownsHazelcast = true;
        }
        String mapName = memberConfig != null ? memberConfig.getThrottleMapName() : HazelcastThrottleStore.DEFAULT_MAP_NAME;
        throttleStore = new HazelcastThrottleStore(hazelcast, mapName, ThrottleClock.epoch(), bucketEvictAfter);
        stateRepository = new HazelcastStateRepository(hazelcast);
        clusterService = createClusterService();
        context.getRegistry().bind(THROTTLE_STORE_BEAN, ThrottleStore.class, throttleStore);
        context.getRegistry().bind(STATE_REPOSITORY_BEAN, HazelcastStateRepository.class, stateRepository);
        try {
            // services stop in reverse order: the cluster service (consumers step down), then Hazelcast
            context.addService(this, true, true);
            context.addService(stateRepository, true, true);
            context.addService(clusterService, true, true);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot add the MWS cluster services to the context: " + e.getMessage(), e);
        }
        LOG.info("MWS cluster node {} of {} members: shared throttling in map {}, leadership by {}",
                HazelcastPartitionClusterService.nodeName(hazelcast.getCluster().getLocalMember()),
                hazelcast.getCluster().getMembers().size(), throttleStore.mapName(),
                leadership.name().toLowerCase(Locale.ROOT));
        return this;
    }

    private CamelClusterService createClusterService() {
        if (leadership == Leadership.ZOOKEEPER) {
            return ZooKeeperLeadership.create(zookeeperNodes, zookeeperBasePath, zookeeperSessionTimeout);
        }
        HazelcastPartitionClusterService service = new HazelcastPartitionClusterService(hazelcast);
        service.setTakeoverDelay(takeoverDelay);
        service.setLeaderStartCheck(leaderStartCheck);
        service.setQuorum(quorum);
        return service;
    }

    @Override
    protected void doStop() {
        if (ownsHazelcast && hazelcast != null && hazelcast.getLifecycleService().isRunning()) {
            LOG.info("Leaving the MWS cluster");
            hazelcast.shutdown();
        }
    }

    /** The Hazelcast member (null before {@link #installInto}). */
    public HazelcastInstance hazelcast() {
        return hazelcast;
    }

    public HazelcastThrottleStore throttleStore() {
        return throttleStore;
    }

    public HazelcastStateRepository stateRepository() {
        return stateRepository;
    }

    public CamelClusterService clusterService() {
        return clusterService;
    }

    public Leadership getLeadership() {
        return leadership;
    }

    /** Who decides which node runs a namespace's consumers (Hazelcast partitions by default). */
    public MwsCluster setLeadership(Leadership leadership) {
        this.leadership = Objects.requireNonNull(leadership, "leadership must not be null");
        return this;
    }

    public String getZookeeperNodes() {
        return zookeeperNodes;
    }

    /** The ZooKeeper ensemble ({@code host:port,...}) when leadership is ZooKeeper's. */
    public MwsCluster setZookeeperNodes(String zookeeperNodes) {
        this.zookeeperNodes = Objects.requireNonNull(zookeeperNodes, "zookeeperNodes must not be null");
        return this;
    }

    public String getZookeeperBasePath() {
        return zookeeperBasePath;
    }

    /** The znode under which the leader elections live. */
    public MwsCluster setZookeeperBasePath(String zookeeperBasePath) {
        this.zookeeperBasePath = Objects.requireNonNull(zookeeperBasePath, "zookeeperBasePath must not be null");
        return this;
    }

    public Duration getZookeeperSessionTimeout() {
        return zookeeperSessionTimeout;
    }

    /** How long ZooKeeper waits for a silent node before its leaderships go to others. */
    public MwsCluster setZookeeperSessionTimeout(Duration zookeeperSessionTimeout) {
        this.zookeeperSessionTimeout = Objects.requireNonNull(zookeeperSessionTimeout,
                "zookeeperSessionTimeout must not be null");
        return this;
    }

    public Duration getTakeoverDelay() {
        return takeoverDelay;
    }

    /** See {@link HazelcastPartitionClusterService#setTakeoverDelay}. */
    public MwsCluster setTakeoverDelay(Duration takeoverDelay) {
        this.takeoverDelay = Objects.requireNonNull(takeoverDelay, "takeoverDelay must not be null");
        return this;
    }

    public Duration getLeaderStartCheck() {
        return leaderStartCheck;
    }

    /**
     * See {@link HazelcastPartitionClusterService#setLeaderStartCheck} (10 s; zero or negative turns it off). Hazelcast
     * leadership only: ZooKeeper's cluster service is Camel's own and has no such check.
     */
    public MwsCluster setLeaderStartCheck(Duration leaderStartCheck) {
        this.leaderStartCheck = Objects.requireNonNull(leaderStartCheck, "leaderStartCheck must not be null");
        return this;
    }

    public int getQuorum() {
        return quorum;
    }

    /** See {@link HazelcastPartitionClusterService#setQuorum}. */
    public MwsCluster setQuorum(int quorum) {
        this.quorum = quorum;
        return this;
    }

    public Duration getBucketEvictAfter() {
        return bucketEvictAfter;
    }

    /** How long an idle throttling bucket stays in the shared map. */
    public MwsCluster setBucketEvictAfter(Duration bucketEvictAfter) {
        this.bucketEvictAfter = Objects.requireNonNull(bucketEvictAfter, "bucketEvictAfter must not be null");
        return this;
    }

    @Override
    public String toString() {
        return "MwsCluster[" + (memberConfig != null ? memberConfig : hazelcast) + ", leadership "
               + leadership.name().toLowerCase(Locale.ROOT) + "]";
    }
}
