package org.apache.camel.component.mws.cluster;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.partition.MigrationListener;
import com.hazelcast.partition.MigrationState;
import com.hazelcast.partition.ReplicaMigrationEvent;

import org.apache.camel.CamelContext;
import org.apache.camel.support.cluster.AbstractCamelClusterService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Camel cluster service on Hazelcast: the leader of a namespace is the member that owns the namespace's
 * Hazelcast partition. Consumers under {@code master:} (or a {@code ClusteredRoutePolicy}) therefore run on exactly
 * one node per namespace, namespaces spread evenly over the nodes (Hazelcast balances its partitions), and when a
 * node dies its namespaces move to the members that take over its partitions.
 * <p>
 * Why partitions and not locks: Camel 4.18's {@code camel-hazelcast} ships no cluster service, Hazelcast's CP
 * subsystem (its fenced locks) is an Enterprise feature from 5.5 on, and a lock per namespace goes to whichever node
 * asks first (all of them to the first node started). The partition table is Hazelcast's own, kept consistent by
 * its membership and migration protocol; this class only reads it. It needs no thread per namespace, so a namespace
 * per seller is fine for thousands of sellers.
 * <p>
 * One thread re-reads the owners on every membership or migration event and every {@code checkInterval}. A member
 * becomes leader once it has owned the partition for {@code takeoverDelay}, and stops leading as soon as it sees
 * another owner, so that during a migration the old owner has stopped before the new one starts. Hazelcast is an
 * AP system: should the network split, each side would lead; {@code quorum} (the least number of members a node
 * must see to lead) prevents that where it matters. ZooKeeper's cluster service is the alternative when strict
 * single leadership is needed (see {@code docs/cluster.md}).
 */
public class HazelcastPartitionClusterService extends AbstractCamelClusterService<HazelcastPartitionClusterView> {

    private static final Logger LOG = LoggerFactory.getLogger(HazelcastPartitionClusterService.class);

    /** The member attribute naming a node in logs and in the cluster views (the instance name by default). */
    public static final String NODE_ATTRIBUTE = "camel.mws.node";

    private final Map<String, HazelcastPartitionClusterView> activeViews = new ConcurrentHashMap<>();
    private HazelcastInstance hazelcast;
    private Duration checkInterval = Duration.ofSeconds(1);
    private Duration takeoverDelay = Duration.ofSeconds(1);
    private Duration leaderStartCheck = Duration.ofSeconds(10);
    private volatile int quorum = 1;
    private ScheduledExecutorService executor;
    private UUID membershipRegistration;
    private UUID migrationRegistration;
    /** Touched on the leadership thread only. */
    private boolean followUpScheduled;

    public HazelcastPartitionClusterService() {
        setId("mws-hazelcast");
    }

    public HazelcastPartitionClusterService(HazelcastInstance hazelcast) {
        this();
        this.hazelcast = hazelcast;
    }

    @Override
    protected HazelcastPartitionClusterView createView(String namespace) {
        return new HazelcastPartitionClusterView(this, namespace);
    }

    @Override
    protected void doStart() throws Exception {
        Objects.requireNonNull(hazelcast, "the hazelcast instance of the cluster service must be set");
        CamelContext context = getCamelContext();
        executor = context != null
                ? context.getExecutorServiceManager().newSingleThreadScheduledExecutor(this, "MwsClusterLeadership")
                : Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread thread = new Thread(r, "MwsClusterLeadership");
                    thread.setDaemon(true);
                    return thread;
                });
        membershipRegistration = hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                onMembershipChange(event.getMember(), true);
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                onMembershipChange(event.getMember(), false);
            }
        });
        migrationRegistration = hazelcast.getPartitionService().addMigrationListener(new MigrationListener() {
            @Override
            public void migrationStarted(MigrationState state) {
            }

            @Override
            public void migrationFinished(MigrationState state) {
                requestCheck();
            }

            @Override
            public void replicaMigrationCompleted(ReplicaMigrationEvent event) {
                requestCheck();
            }

            @Override
            public void replicaMigrationFailed(ReplicaMigrationEvent event) {
                requestCheck();
            }
        });
        long interval = checkInterval.toMillis();
        executor.scheduleWithFixedDelay(this::checkAll, interval, interval, TimeUnit.MILLISECONDS);
        LOG.info("Leadership by Hazelcast partition ownership on {} (takeover after {} ms, quorum {})",
                nodeName(hazelcast.getCluster().getLocalMember()), takeoverDelay.toMillis(), quorum);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (hazelcast != null && hazelcast.getLifecycleService().isRunning()) {
            if (membershipRegistration != null) {
                hazelcast.getCluster().removeMembershipListener(membershipRegistration);
            }
            if (migrationRegistration != null) {
                hazelcast.getPartitionService().removeMigrationListener(migrationRegistration);
            }
        }
        membershipRegistration = null;
        migrationRegistration = null;
        if (executor != null) {
            if (getCamelContext() != null) {
                getCamelContext().getExecutorServiceManager().shutdownNow(executor);
            } else {
                executor.shutdownNow();
            }
            executor = null;
        }
        activeViews.clear();
    }

    /** A started view takes part in the checks (and is checked at once). */
    void activate(HazelcastPartitionClusterView view) {
        activeViews.put(view.getNamespace(), view);
        requestCheck();
    }

    void deactivate(HazelcastPartitionClusterView view) {
        activeViews.remove(view.getNamespace(), view);
    }

    /** Re-reads the owners soon, on the leadership thread. */
    void requestCheck() {
        ScheduledExecutorService current = executor;
        if (current != null && !current.isShutdown()) {
            try {
                current.execute(this::checkAll);
            } catch (RejectedExecutionException e) {
                // stopping
            }
        }
    }

    private void onMembershipChange(Member member, boolean added) {
        LOG.info("Cluster member {} {}", nodeName(member), added ? "joined" : "left");
        for (HazelcastPartitionClusterView view : activeViews.values()) {
            view.onMembershipChange(member, added);
        }
        requestCheck();
    }

    private void checkAll() {
        long now = System.nanoTime();
        boolean quorate;
        try {
            quorate = hazelcast.getLifecycleService().isRunning()
                      && hazelcast.getCluster().getMembers().size() >= quorum;
        } catch (RuntimeException e) {
            quorate = false;
        }
        long soonest = Long.MAX_VALUE;
        for (HazelcastPartitionClusterView view : activeViews.values()) {
            try {
                long pending = view.check(now, quorate);
                if (pending >= 0 && pending < soonest) {
                    soonest = pending;
                }
            } catch (RuntimeException e) {
                LOG.warn("Leadership check of namespace {} failed: {}", view.getNamespace(), e.getMessage(), e);
            }
        }
        if (soonest != Long.MAX_VALUE) {
            scheduleFollowUp(soonest);
        }
    }

    /** One check when the first takeover delay in progress is over (not one per namespace). */
    private void scheduleFollowUp(long delayNanos) {
        ScheduledExecutorService current = executor;
        if (current == null || followUpScheduled) {
            return;
        }
        followUpScheduled = true;
        try {
            current.schedule(() -> {
                followUpScheduled = false;
                checkAll();
            }, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            followUpScheduled = false;
        }
    }

    /** A member's name in logs: its {@link #NODE_ATTRIBUTE}, else its address. */
    public static String nodeName(Member member) {
        if (member == null) {
            return "none";
        }
        String name = member.getAttribute(NODE_ATTRIBUTE);
        return name != null ? name : String.valueOf(member.getAddress());
    }

    long takeoverDelayNanos() {
        return takeoverDelay.toNanos();
    }

    long leaderStartCheckNanos() {
        return leaderStartCheck.toNanos();
    }

    public HazelcastInstance getHazelcastInstance() {
        return hazelcast;
    }

    /** The Hazelcast member whose partition table decides leadership (set before the service starts). */
    public void setHazelcastInstance(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    public Duration getCheckInterval() {
        return checkInterval;
    }

    /** How often the partition owners are re-read besides Hazelcast's membership and migration events. */
    public void setCheckInterval(Duration checkInterval) {
        this.checkInterval = positive(checkInterval, "checkInterval");
    }

    public Duration getTakeoverDelay() {
        return takeoverDelay;
    }

    /**
     * How long this member must have owned a namespace's partition before it leads the namespace: the time for the
     * previous owner, during a migration, to see that it no longer owns it and stop its consumers.
     */
    public void setTakeoverDelay(Duration takeoverDelay) {
        Objects.requireNonNull(takeoverDelay, "takeoverDelay must not be null");
        if (takeoverDelay.isNegative()) {
            throw new IllegalArgumentException("takeoverDelay must not be negative, was " + takeoverDelay);
        }
        this.takeoverDelay = takeoverDelay;
    }

    public Duration getLeaderStartCheck() {
        return leaderStartCheck;
    }

    /**
     * How long after it told a namespace's {@code master:} routes that this node leads the service checks that their
     * mws consumers started, and tells them again when one did not (Camel's master consumer makes a single start
     * attempt; one that came too late or failed would leave the sellers unsynced). It checks again after the same
     * delay for as long as a consumer has not started. Only routes over {@code mws:} endpoints are checked. Keep it
     * a few seconds above the master consumer's one-second start delay: each check that finds no consumer restarts
     * the namespace's routes.
     *
     * @param leaderStartCheck the delay, 10 s by default; zero or negative turns the check off
     */
    public void setLeaderStartCheck(Duration leaderStartCheck) {
        this.leaderStartCheck = Objects.requireNonNull(leaderStartCheck, "leaderStartCheck must not be null");
    }

    public int getQuorum() {
        return quorum;
    }

    /**
     * The least number of cluster members this node must see to lead anything (e.g. 2 of 3 nodes): a node cut off
     * from the majority then stops its consumers instead of running them next to the majority's.
     */
    public void setQuorum(int quorum) {
        if (quorum < 1) {
            throw new IllegalArgumentException("quorum must be at least 1, was " + quorum);
        }
        this.quorum = quorum;
    }

    private static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }
}
