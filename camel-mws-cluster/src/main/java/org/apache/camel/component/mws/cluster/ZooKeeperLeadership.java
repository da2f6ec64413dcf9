package org.apache.camel.component.mws.cluster;

import java.time.Duration;

import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;

/**
 * Camel's ZooKeeper cluster service, for {@link MwsCluster.Leadership#ZOOKEEPER}. A class of its own so that
 * {@code camel-zookeeper} (an optional dependency) is only needed when it is chosen.
 * <p>
 * ZooKeeper elects one leader per namespace with Curator's leader selector: strictly one leader even when the
 * network splits, at the price of an ensemble to run, a thread per namespace on every node, and no balancing
 * (a namespace goes to whichever node asks first). Group sellers into a few namespaces with it.
 */
final class ZooKeeperLeadership {

    private ZooKeeperLeadership() {
    }

    static CamelClusterService create(String nodes, String basePath, Duration sessionTimeout) {
        ZooKeeperClusterService service = new ZooKeeperClusterService();
        service.setId("mws-zookeeper");
        service.setNodes(nodes);
        service.setBasePath(basePath);
        service.setSessionTimeout(sessionTimeout.toMillis());
        return service;
    }
}
