package org.apache.camel.component.mws.cluster;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.partition.Partition;

import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.support.cluster.AbstractCamelClusterView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The view of one namespace in {@link HazelcastPartitionClusterService}: the namespace's leader is the owner of
 * its Hazelcast partition. State changes only on the service's leadership thread ({@link #check}).
 */
public final class HazelcastPartitionClusterView extends AbstractCamelClusterView {

    private static final Logger LOG = LoggerFactory.getLogger(HazelcastPartitionClusterView.class);

    private final HazelcastPartitionClusterService service;
    private final HazelcastInstance hazelcast;
    private final NodeMember localMember;
    private volatile Partition partition;
    /** Whether this member leads the namespace. */
    private volatile boolean leading;
    /** The owner last seen, null when none. */
    private volatile Member owner;
    /** Since when (System.nanoTime) this member has owned the partition while not yet leading; 0: it does not. */
    private long ownedSince;
    /** When (System.nanoTime) this member last stopped leading, until the loss has been announced again; 0: none. */
    private long lostSince;
    /** When (System.nanoTime) the leadership was last announced to this member's routes. */
    private long announcedAt;
    /** Whether the routes of the namespace were seen with their consumers started since the announcement. */
    private boolean consumersStarted;

    /**
     * How long after a lost leadership the loss is announced a second time. Camel's {@code master:} consumer starts
     * its route one second after it is told it leads, and ignores a loss that comes before that start: without the
     * second announcement a leadership lost within that second (a migration as members join) would leave the route
     * running on two nodes.
     */
    static final long REANNOUNCE_LOSS_NANOS = TimeUnit.MILLISECONDS.toNanos(1500);

    HazelcastPartitionClusterView(HazelcastPartitionClusterService service, String namespace) {
        super(service, namespace);
        this.service = service;
        this.hazelcast = service.getHazelcastInstance();
        this.localMember = new NodeMember(hazelcast.getCluster().getLocalMember(), true);
    }

    @Override
    protected void doStart() {
        partition = hazelcast.getPartitionService().getPartition(getNamespace());
        service.activate(this);
    }

    @Override
    protected void doStop() {
        service.deactivate(this);
        boolean wasLeading = leading;
        leading = false;
        owner = null;
        ownedSince = 0;
        lostSince = 0;
        if (wasLeading) {
            fireLeadershipChangedEvent((CamelClusterMember) null);
        }
    }

    /** The partition the namespace lives in (for tests and diagnostics). */
    public int partitionId() {
        Partition current = partition;
        return current == null ? hazelcast.getPartitionService().getPartition(getNamespace()).getPartitionId()
                : current.getPartitionId();
    }

    @Override
    public CamelClusterMember getLocalMember() {
        return localMember;
    }

    @Override
    public Optional<CamelClusterMember> getLeader() {
        if (leading) {
            return Optional.of(localMember);
        }
        Member current = owner;
        if (current == null || current.localMember()) {
            // nobody leads yet: the local owner is still waiting out the takeover delay
            return Optional.empty();
        }
        return Optional.of(new NodeMember(current, false));
    }

    @Override
    public List<CamelClusterMember> getMembers() {
        if (!hazelcast.getLifecycleService().isRunning()) {
            return List.of();
        }
        return hazelcast.getCluster().getMembers().stream()
                .map(m -> (CamelClusterMember) (m.localMember() ? localMember : new NodeMember(m, false))).toList();
    }

    /**
     * Re-reads the partition's owner and fires a leadership event when the leader changed.
     *
     * @param  now     System.nanoTime of the check
     * @param  quorate whether this member sees enough of the cluster to lead
     * @return         the nanoseconds until the namespace needs another check (this member owns the partition and
     *                 waits out the takeover delay, or a lost leadership is to be announced again), or -1 when
     *                 nothing is pending
     */
    long check(long now, boolean quorate) {
        Partition current = partition;
        if (current == null || !isRunAllowed()) {
            return -1;
        }
        Member newOwner;
        try {
            newOwner = quorate ? current.getOwner() : null;
        } catch (RuntimeException e) {
            // the member is shutting down
            newOwner = null;
        }
        Member previous = owner;
        owner = newOwner;
        boolean ownedHere = newOwner != null && newOwner.localMember();
        if (ownedHere) {
            lostSince = 0;
            if (leading) {
                checkConsumersStarted(now);
                return -1;
            }
            if (ownedSince == 0) {
                ownedSince = now;
            }
            long waited = now - ownedSince;
            if (waited < service.takeoverDelayNanos()) {
                return service.takeoverDelayNanos() - waited;
            }
            leading = true;
            LOG.debug("Leading namespace {} (partition {})", getNamespace(), current.getPartitionId());
            announcedAt = now;
            consumersStarted = false;
            fireLeadershipChangedEvent(localMember);
            return -1;
        }
        ownedSince = 0;
        CamelClusterMember leader = newOwner == null ? null : new NodeMember(newOwner, false);
        if (leading) {
            leading = false;
            lostSince = now;
            LOG.debug("No longer leading namespace {}: owner now {}", getNamespace(),
                    HazelcastPartitionClusterService.nodeName(newOwner));
            fireLeadershipChangedEvent(leader);
            return REANNOUNCE_LOSS_NANOS;
        }
        if (lostSince != 0) {
            long waited = now - lostSince;
            if (waited < REANNOUNCE_LOSS_NANOS) {
                return REANNOUNCE_LOSS_NANOS - waited;
            }
            lostSince = 0;
            fireLeadershipChangedEvent(leader);
        } else if (!sameMember(previous, newOwner)) {
            fireLeadershipChangedEvent(leader);
        }
        return -1;
    }

    /**
     * Some seconds after the leadership was announced, checks that the namespace's routes started their consumers,
     * and announces the leadership again when one did not (see {@link LeaderConsumers}). The other routes of the
     * namespace restart their consumers too, from their checkpoints.
     */
    private void checkConsumersStarted(long now) {
        long after = service.leaderStartCheckNanos();
        if (consumersStarted || after <= 0 || now - announcedAt < after) {
            return;
        }
        String route = LeaderConsumers.routeWithoutConsumer(service.getCamelContext(), getNamespace());
        if (route == null) {
            consumersStarted = true;
            return;
        }
        LOG.warn("This node leads namespace {} but the consumer of route {} has not started; leadership announced"
                 + " again", getNamespace(), route);
        announcedAt = now;
        // a master consumer keeps a consumer whose start failed and ignores a leadership it thinks it acted on: a
        // loss drops that consumer, the leadership then makes it create and start a new one
        leading = false;
        fireLeadershipChangedEvent((CamelClusterMember) null);
        leading = true;
        fireLeadershipChangedEvent(localMember);
    }

    void onMembershipChange(Member member, boolean added) {
        if (!isRunAllowed()) {
            return;
        }
        NodeMember changed = new NodeMember(member, member.localMember());
        if (added) {
            fireMemberAddedEvent(changed);
        } else {
            fireMemberRemovedEvent(changed);
        }
    }

    private static boolean sameMember(Member a, Member b) {
        return a == null ? b == null : b != null && Objects.equals(a.getUuid(), b.getUuid());
    }

    @Override
    public String toString() {
        return "HazelcastPartitionClusterView[" + getNamespace() + ", leader "
               + getLeader().map(CamelClusterMember::getId).orElse("none") + "]";
    }

    /** A Hazelcast member as a Camel cluster member of this view. */
    private final class NodeMember implements CamelClusterMember {

        private final Member member;
        private final boolean local;

        NodeMember(Member member, boolean local) {
            this.member = member;
            this.local = local;
        }

        @Override
        public String getId() {
            return HazelcastPartitionClusterService.nodeName(member);
        }

        @Override
        public boolean isLeader() {
            return local ? leading : !leading && sameMember(owner, member);
        }

        @Override
        public boolean isLocal() {
            return local;
        }

        @Override
        public String toString() {
            return getId() + (local ? " (local)" : "");
        }
    }
}
