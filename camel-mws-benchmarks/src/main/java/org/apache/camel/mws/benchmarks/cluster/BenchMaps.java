package org.apache.camel.mws.benchmarks.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;

/**
 * The cluster maps through which the scenario starts the nodes' syncs and reads what they did. Written once per
 * seller or per poll, never per order, so that the bookkeeping costs the cluster little beside the sync itself.
 */
public final class BenchMaps {

    /** "go" once the syncs may begin (epoch millis). */
    public static final String CONTROL = "bench-control";
    /** "group@node" to the epoch millis when the first poll of that seller group on that node completed. */
    public static final String TAKEOVERS = "bench-takeovers";
    /** seller id to the epoch millis when the node syncing it had delivered every one of its orders. */
    public static final String COMPLETED = "bench-completed";
    /** node to the orders it delivered so far (duplicates included). */
    public static final String DELIVERED = "bench-delivered";

    /** "node.gcMillis" and "node.peakHeap" to what that node's JVM reports, updated every second. */
    public static final String JVM = "bench-jvm";

    private final IMap<String, Long> control;
    private final IMap<String, Long> jvm;
    private final IMap<String, Long> takeovers;
    private final IMap<String, Long> completed;
    private final IMap<String, Long> delivered;

    public BenchMaps(HazelcastInstance hazelcast) {
        this.control = hazelcast.getMap(CONTROL);
        this.jvm = hazelcast.getMap(JVM);
        this.takeovers = hazelcast.getMap(TAKEOVERS);
        this.completed = hazelcast.getMap(COMPLETED);
        this.delivered = hazelcast.getMap(DELIVERED);
    }

    public IMap<String, Long> control() {
        return control;
    }

    public IMap<String, Long> jvm() {
        return jvm;
    }

    public IMap<String, Long> takeovers() {
        return takeovers;
    }

    public IMap<String, Long> completed() {
        return completed;
    }

    public IMap<String, Long> delivered() {
        return delivered;
    }
}
