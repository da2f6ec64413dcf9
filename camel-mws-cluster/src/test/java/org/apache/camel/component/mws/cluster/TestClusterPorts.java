package org.apache.camel.component.mws.cluster;

import java.util.List;

/** Free loopback ports, for tests outside this package. */
public final class TestClusterPorts {

    private TestClusterPorts() {
    }

    public static List<Integer> free(int count) {
        return TestCluster.freePorts(count);
    }
}
