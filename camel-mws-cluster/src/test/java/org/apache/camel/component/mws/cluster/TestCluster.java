package org.apache.camel.component.mws.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.hazelcast.core.HazelcastInstance;

/**
 * Embedded Hazelcast members in this JVM, on free loopback ports, in a cluster of their own (a unique name, so
 * that nothing else on the machine joins), started in parallel and closed together.
 */
final class TestCluster implements AutoCloseable {

    private final List<HazelcastInstance> members = new ArrayList<>();

    private TestCluster() {
    }

    static TestCluster start(int size) {
        List<Integer> ports = freePorts(size);
        List<String> addresses = ports.stream().map(p -> "127.0.0.1:" + p).toList();
        String name = "test-" + UUID.randomUUID();
        TestCluster cluster = new TestCluster();
        List<Thread> starters = new ArrayList<>();
        HazelcastInstance[] started = new HazelcastInstance[size];
        for (int i = 0; i < size; i++) {
            int index = i;
            HazelcastMemberConfig config = new HazelcastMemberConfig().setClusterName(name)
                    .setInstanceName("member-" + (i + 1)).setPort(ports.get(i)).setPortAutoIncrement(false)
                    .setMembers(addresses).setFailureDetectionSeconds(4).setJoinTimeoutSeconds(1);
            Thread starter = new Thread(() -> started[index] = config.newInstance());
            starters.add(starter);
            starter.start();
        }
        try {
            for (Thread starter : starters) {
                starter.join(TimeUnit.SECONDS.toMillis(60));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (HazelcastInstance member : started) {
            if (member != null) {
                cluster.members.add(member);
            }
        }
        if (cluster.members.size() != size) {
            cluster.close();
            throw new IllegalStateException("only " + cluster.members.size() + " of " + size + " members started");
        }
        cluster.awaitSize(size);
        return cluster;
    }

    HazelcastInstance member(int index) {
        return members.get(index);
    }

    List<HazelcastInstance> members() {
        return members;
    }

    /** Waits until every live member sees {@code size} members. */
    void awaitSize(int size) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (members.stream().filter(m -> m.getLifecycleService().isRunning())
                .anyMatch(m -> m.getCluster().getMembers().size() != size)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the cluster did not reach " + size + " members");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        members.parallelStream().forEach(m -> m.getLifecycleService().terminate());
    }

    static List<Integer> freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // a port we only looked up
                }
            }
        }
    }
}
