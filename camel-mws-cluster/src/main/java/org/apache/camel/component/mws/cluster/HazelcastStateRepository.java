package org.apache.camel.component.mws.cluster;

import java.util.Objects;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Consumer checkpoints in a Hazelcast map every node of the cluster reads, so that the node taking over a seller
 * resumes where the previous leader stopped. A checkpoint is written only after its exchanges completed, and the
 * map's synchronous backup keeps it through the death of the member holding it.
 * <p>
 * The map lives as long as the cluster: when every node stops, the checkpoints go with it and the next start
 * polls again from {@code initialStart} (duplicates, never gaps). Where checkpoints must outlive the cluster, use a
 * state repository on a database every node reaches instead.
 */
public final class HazelcastStateRepository extends ServiceSupport implements StateRepository<String, String> {

    /** The map holding the checkpoints unless another name is given. */
    public static final String DEFAULT_MAP_NAME = "camel-mws-state";

    private final HazelcastInstance hazelcast;
    private final String mapName;
    private volatile IMap<String, String> states;

    public HazelcastStateRepository(HazelcastInstance hazelcast) {
        this(hazelcast, DEFAULT_MAP_NAME);
    }

    public HazelcastStateRepository(HazelcastInstance hazelcast, String mapName) {
        this.hazelcast = Objects.requireNonNull(hazelcast, "hazelcast instance must not be null");
        this.mapName = Objects.requireNonNull(mapName, "mapName must not be null");
    }

    @Override
    protected void doStart() {
        states = hazelcast.getMap(mapName);
    }

    @Override
    public void setState(String key, String value) {
        Objects.requireNonNull(key, "state key must not be null");
        if (value == null) {
            map().delete(key);
        } else {
            map().set(key, value);
        }
    }

    @Override
    public String getState(String key) {
        Objects.requireNonNull(key, "state key must not be null");
        return map().get(key);
    }

    /** The name of the distributed map. */
    public String mapName() {
        return mapName;
    }

    private IMap<String, String> map() {
        IMap<String, String> current = states;
        if (current == null) {
            // used before start (e.g. read by a test): the map exists regardless
            current = hazelcast.getMap(mapName);
            states = current;
        }
        return current;
    }

    @Override
    public String toString() {
        return "HazelcastStateRepository[map " + mapName + "]";
    }
}
