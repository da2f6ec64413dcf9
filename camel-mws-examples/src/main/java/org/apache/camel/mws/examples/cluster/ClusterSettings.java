package org.apache.camel.mws.examples.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.apache.camel.component.mws.cluster.MwsCluster;
import org.apache.camel.mws.examples.config.SettingsException;

/**
 * The {@code examples.cluster.*} settings: whether this application is node 1..N of a cluster, and how the nodes
 * find each other. With the defaults, node {@code n} of 3 listens on 127.0.0.1:570n and looks for the others on
 * 127.0.0.1:5701-5703.
 *
 * @param node           this node's number, 0 when the application runs alone
 * @param nodes          how many nodes the cluster has (for the default member list)
 * @param host           the interface the node listens on
 * @param basePort       node n listens on {@code basePort + n - 1}
 * @param members        the addresses of all nodes ({@code host:port}, comma separated)
 * @param leadership     who decides which node runs a seller's consumers
 * @param zookeeperNodes the ZooKeeper ensemble when leadership is ZooKeeper's
 */
public record ClusterSettings(int node, int nodes, String host, int basePort, List<String> members,
        MwsCluster.Leadership leadership, String zookeeperNodes) {

    /** Where these properties start. */
    public static final String PREFIX = "examples.cluster.";

    /** Whether the application is a node of a cluster. */
    public boolean enabled() {
        return node > 0;
    }

    /** This node's port. */
    public int port() {
        return basePort + node - 1;
    }

    /** This node's name in logs: {@code node-<n>}. */
    public String nodeName() {
        return "node-" + node;
    }

    /**
     * Reads and checks the settings.
     *
     * @throws SettingsException listing every wrong setting
     */
    public static ClusterSettings read(Function<String, Optional<String>> properties) {
        List<String> problems = new ArrayList<>();
        int node = integer(properties, "node", 0, 0, 64, problems);
        int nodes = integer(properties, "nodes", 3, 1, 64, problems);
        if (node > nodes) {
            problems.add(PREFIX + "node: " + node + " is above examples.cluster.nodes (" + nodes + "): number the"
                         + " nodes 1 to " + nodes + ", or raise examples.cluster.nodes");
        }
        String host = text(properties, "host").orElse("127.0.0.1");
        int basePort = integer(properties, "base-port", 5701, 1, 65535 - 64, problems);
        List<String> members = text(properties, "members")
                .map(m -> List.of(m.split(",")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElseGet(() -> {
                    List<String> all = new ArrayList<>();
                    for (int i = 0; i < nodes; i++) {
                        all.add(host + ":" + (basePort + i));
                    }
                    return all;
                });
        MwsCluster.Leadership leadership = MwsCluster.Leadership.HAZELCAST;
        String leadershipText = text(properties, "leadership").orElse("hazelcast");
        try {
            leadership = MwsCluster.Leadership.of(leadershipText);
        } catch (IllegalArgumentException e) {
            problems.add(PREFIX + "leadership: '" + leadershipText + "' is neither hazelcast nor zookeeper");
        }
        String zookeeperNodes = text(properties, "zookeeper-nodes").orElse("127.0.0.1:2181");
        if (!problems.isEmpty()) {
            throw new SettingsException(problems);
        }
        return new ClusterSettings(node, nodes, host, basePort, members, leadership, zookeeperNodes);
    }

    private static Optional<String> text(Function<String, Optional<String>> properties, String key) {
        return properties.apply(PREFIX + key).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static int integer(Function<String, Optional<String>> properties, String key, int defaultValue, int min,
                               int max, List<String> problems) {
        Optional<String> v = text(properties, key);
        if (v.isEmpty()) {
            return defaultValue;
        }
        try {
            int i = Integer.parseInt(v.get());
            if (i >= min && i <= max) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(PREFIX + key + ": '" + v.get() + "' is not a whole number from " + min + " to " + max);
        return defaultValue;
    }

    @Override
    public String toString() {
        return enabled() ? "node " + node + " of " + nodes + " on " + host + ":" + port() + ", members " + members
                           + ", leadership " + leadership.name().toLowerCase(Locale.ROOT)
                : "not clustered";
    }
}
