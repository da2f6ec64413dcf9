package org.apache.camel.mws.examples.cluster;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.component.mws.cluster.MwsCluster;
import org.apache.camel.mws.examples.config.SettingsException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterSettingsTest {

    private static ClusterSettings read(Map<String, String> values) {
        return ClusterSettings.read(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void offUnlessANodeNumberIsGiven() {
        assertFalse(read(Map.of()).enabled());
        assertFalse(read(Map.of("examples.cluster.node", "0")).enabled());
    }

    @Test
    void nodeTwoOfThreeOnTheDefaultPorts() {
        ClusterSettings s = read(Map.of("examples.cluster.node", "2"));
        assertTrue(s.enabled());
        assertEquals(5702, s.port());
        assertEquals("node-2", s.nodeName());
        assertEquals(List.of("127.0.0.1:5701", "127.0.0.1:5702", "127.0.0.1:5703"), s.members());
        assertEquals(MwsCluster.Leadership.HAZELCAST, s.leadership());
    }

    @Test
    void membersAndLeadershipByConfiguration() {
        ClusterSettings s = read(Map.of("examples.cluster.node", "1", "examples.cluster.members",
                "10.0.0.1:5701, 10.0.0.2:5701", "examples.cluster.leadership", "ZooKeeper",
                "examples.cluster.zookeeper-nodes", "zk1:2181,zk2:2181"));
        assertEquals(List.of("10.0.0.1:5701", "10.0.0.2:5701"), s.members());
        assertEquals(MwsCluster.Leadership.ZOOKEEPER, s.leadership());
        assertEquals("zk1:2181,zk2:2181", s.zookeeperNodes());
    }

    @Test
    void everyWrongSettingNamedAtOnce() {
        SettingsException e = assertThrows(SettingsException.class, () -> read(Map.of("examples.cluster.node", "4",
                "examples.cluster.nodes", "3", "examples.cluster.leadership", "etcd",
                "examples.cluster.base-port", "port")));
        String message = e.getMessage();
        assertTrue(message.contains("examples.cluster.node: 4 is above examples.cluster.nodes (3)"), message);
        assertTrue(message.contains("examples.cluster.leadership: 'etcd' is neither hazelcast nor zookeeper"), message);
        assertTrue(message.contains("examples.cluster.base-port: 'port' is not a whole number"), message);
    }
}
