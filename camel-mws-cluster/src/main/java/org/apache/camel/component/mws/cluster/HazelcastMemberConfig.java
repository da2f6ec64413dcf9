package org.apache.camel.component.mws.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/**
 * The settings of an embedded Hazelcast member of an MWS cluster, as simple properties (Camel Main can set them),
 * and the Hazelcast {@link Config} they make: members find each other by TCP/IP on a fixed list of addresses (no
 * multicast), Hazelcast logs through SLF4J, never phones home, and declares a member dead after
 * {@link #setFailureDetectionSeconds failureDetectionSeconds} without heartbeat, which bounds how long a dead
 * node's sellers wait for another node to take them over.
 * <p>
 * The defaults run several members on one machine: {@code 127.0.0.1}, ports from 5701, members
 * {@code 127.0.0.1:5701,127.0.0.1:5702,127.0.0.1:5703}. Users with a Hazelcast configuration of their own build
 * their instance themselves and hand it to {@link MwsCluster}.
 */
public final class HazelcastMemberConfig {

    /** The cluster name unless configured: members of other clusters on the same addresses are refused. */
    public static final String DEFAULT_CLUSTER_NAME = "camel-mws";

    private String clusterName = DEFAULT_CLUSTER_NAME;
    private String instanceName;
    private String host = "127.0.0.1";
    private int port = 5701;
    private boolean portAutoIncrement = true;
    private List<String> members = List.of("127.0.0.1:5701", "127.0.0.1:5702", "127.0.0.1:5703");
    private int failureDetectionSeconds = 10;
    private int initialMinClusterSize = 1;
    private int joinTimeoutSeconds = 5;
    private int throttleBackupCount = 1;
    private String throttleMapName = HazelcastThrottleStore.DEFAULT_MAP_NAME;

    /** The Hazelcast configuration of a member with these settings. */
    public Config toConfig() {
        Config config = new Config();
        config.setClusterName(clusterName);
        if (instanceName != null && !instanceName.isBlank()) {
            config.setInstanceName(instanceName);
            config.getMemberAttributeConfig().setAttribute(HazelcastPartitionClusterService.NODE_ATTRIBUTE, instanceName);
        }
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        // the Camel context stops the member after its routes; Hazelcast's own hook would stop it under them
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", Integer.toString(failureDetectionSeconds));
        // a member that comes and goes must not be waited for at start-up
        config.setProperty("hazelcast.wait.seconds.before.join", "1");
        config.setProperty("hazelcast.initial.min.cluster.size", Integer.toString(initialMinClusterSize));

        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(portAutoIncrement);
        network.getInterfaces().setEnabled(true).addInterface(host);
        network.setPublicAddress(null);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(new ArrayList<>(members))
                .setConnectionTimeoutSeconds(joinTimeoutSeconds);

        config.addMapConfig(HazelcastThrottleStore.mapConfig(throttleMapName).setBackupCount(throttleBackupCount));
        return config;
    }

    /** Starts a member with these settings. */
    public HazelcastInstance newInstance() {
        return Hazelcast.newHazelcastInstance(toConfig());
    }

    public String getClusterName() {
        return clusterName;
    }

    /** The name all members of the cluster share; members with another name do not join. */
    public HazelcastMemberConfig setClusterName(String clusterName) {
        this.clusterName = requireText(clusterName, "clusterName");
        return this;
    }

    public String getInstanceName() {
        return instanceName;
    }

    /** This member's instance name (in logs and thread names); Hazelcast makes one up when unset. */
    public HazelcastMemberConfig setInstanceName(String instanceName) {
        this.instanceName = instanceName;
        return this;
    }

    public String getHost() {
        return host;
    }

    /** The interface the member binds and is reached on. */
    public HazelcastMemberConfig setHost(String host) {
        this.host = requireText(host, "host");
        return this;
    }

    public int getPort() {
        return port;
    }

    /** The member's port (the first one tried when {@link #setPortAutoIncrement auto-increment} is on). */
    public HazelcastMemberConfig setPort(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, was " + port);
        }
        this.port = port;
        return this;
    }

    public boolean isPortAutoIncrement() {
        return portAutoIncrement;
    }

    /** Whether the member tries the next ports when its port is taken (several members on one machine). */
    public HazelcastMemberConfig setPortAutoIncrement(boolean portAutoIncrement) {
        this.portAutoIncrement = portAutoIncrement;
        return this;
    }

    public List<String> getMembers() {
        return members;
    }

    /** The addresses ({@code host:port}) at which the other members are looked for. */
    public HazelcastMemberConfig setMembers(List<String> members) {
        Objects.requireNonNull(members, "members must not be null");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("members must name at least one address");
        }
        this.members = List.copyOf(members);
        return this;
    }

    /** The addresses as a comma-separated list, e.g. {@code 127.0.0.1:5701,127.0.0.1:5702}. */
    public HazelcastMemberConfig setMembers(String members) {
        Objects.requireNonNull(members, "members must not be null");
        return setMembers(Arrays.stream(members.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    public int getFailureDetectionSeconds() {
        return failureDetectionSeconds;
    }

    /**
     * How long a member may be silent before the others declare it dead and take over its partitions (its buckets'
     * primaries and its sellers). Shorter means faster failover and more risk of evicting a member that was only
     * paused (a long GC).
     */
    public HazelcastMemberConfig setFailureDetectionSeconds(int failureDetectionSeconds) {
        if (failureDetectionSeconds < 2) {
            throw new IllegalArgumentException("failureDetectionSeconds must be at least 2, was " + failureDetectionSeconds);
        }
        this.failureDetectionSeconds = failureDetectionSeconds;
        return this;
    }

    public int getInitialMinClusterSize() {
        return initialMinClusterSize;
    }

    /**
     * How many members must have joined before a member finishes starting (1: start at once). Starting N nodes
     * with N here lets them divide the sellers once, instead of the first node taking all and handing them over.
     */
    public HazelcastMemberConfig setInitialMinClusterSize(int initialMinClusterSize) {
        if (initialMinClusterSize < 1) {
            throw new IllegalArgumentException("initialMinClusterSize must be at least 1, was " + initialMinClusterSize);
        }
        this.initialMinClusterSize = initialMinClusterSize;
        return this;
    }

    public int getJoinTimeoutSeconds() {
        return joinTimeoutSeconds;
    }

    /**
     * How long a joining member waits for an answer from each address of {@link #setMembers members} (Hazelcast's
     * TCP/IP connection timeout). 1 is plenty on one machine; keep the default of 5 across a network.
     */
    public HazelcastMemberConfig setJoinTimeoutSeconds(int joinTimeoutSeconds) {
        if (joinTimeoutSeconds < 1) {
            throw new IllegalArgumentException("joinTimeoutSeconds must be at least 1, was " + joinTimeoutSeconds);
        }
        this.joinTimeoutSeconds = joinTimeoutSeconds;
        return this;
    }

    public int getThrottleBackupCount() {
        return throttleBackupCount;
    }

    /** Synchronous backups of each bucket (1: one member may die without losing a bucket's state). */
    public HazelcastMemberConfig setThrottleBackupCount(int throttleBackupCount) {
        if (throttleBackupCount < 0 || throttleBackupCount > 6) {
            throw new IllegalArgumentException("throttleBackupCount must be between 0 and 6, was " + throttleBackupCount);
        }
        this.throttleBackupCount = throttleBackupCount;
        return this;
    }

    public String getThrottleMapName() {
        return throttleMapName;
    }

    /** The distributed map of the throttling buckets. */
    public HazelcastMemberConfig setThrottleMapName(String throttleMapName) {
        this.throttleMapName = requireText(throttleMapName, "throttleMapName");
        return this;
    }

    @Override
    public String toString() {
        return "HazelcastMemberConfig[cluster " + clusterName + ", " + host + ":" + port
               + (portAutoIncrement ? "+" : "") + ", members " + members + "]";
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value.trim();
    }
}
