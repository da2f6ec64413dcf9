package org.apache.camel.component.mws.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Remembers the GetServiceStatus answer of each section per MWS host and account, so that health probes, however
 * often they come, stay within the quota of GetServiceStatus (a burst of 2, then one request per 5 minutes per
 * seller and developer account). An answer is reused until its time to live passes; one caller at a time refreshes it
 * while the others keep getting the previous answer. A throttled refresh keeps the previous answer: throttling says
 * nothing about the state of the service. Thread-safe.
 */
public final class ServiceStatusCache {

    /**
     * Whose status: MWS counts the GetServiceStatus quota per section, host, seller and developer account.
     *
     * @param host        the MWS host (with a non-default port)
     * @param section     the section name
     * @param sellerId    the seller the request is made for
     * @param accessKeyId the developer's access key id (an identifier, not a secret)
     */
    public record Key(String host, String section, String sellerId, String accessKeyId) {
    }

    private final Clock clock;
    private final ConcurrentMap<Key, Slot> slots = new ConcurrentHashMap<>();

    public ServiceStatusCache() {
        this(Clock.systemUTC());
    }

    /**
     * @param clock the clock the times to live are measured on
     */
    public ServiceStatusCache(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param  key   whose status
     * @param  ttl   how long an answer is reused
     * @param  fetch calls GetServiceStatus (never throws: a failure is an answer too)
     * @return       the answer to report
     */
    public ServiceStatusAnswer get(Key key, Duration ttl, Supplier<ServiceStatusAnswer> fetch) {
        Slot slot = slots.computeIfAbsent(key, k -> new Slot());
        ServiceStatusAnswer known = slot.answer;
        if (known != null && !slot.isDue(clock.instant())) {
            return known;
        }
        if (!slot.lock.tryLock()) {
            if (known != null) {
                return known; // another caller is refreshing it
            }
            slot.lock.lock();
        }
        try {
            if (slot.answer != null && !slot.isDue(clock.instant())) {
                return slot.answer; // refreshed while this caller waited
            }
            ServiceStatusAnswer fresh = fetch.get();
            slot.nextCheck = clock.instant().plus(ttl);
            if (!fresh.isThrottled() || slot.answer == null) {
                slot.answer = fresh;
            }
            slot.throttled = fresh.isThrottled();
            return slot.answer;
        } finally {
            slot.lock.unlock();
        }
    }

    /**
     * @return the last answer for the key, without calling anything; null when there is none
     */
    public ServiceStatusAnswer peek(Key key) {
        Slot slot = slots.get(key);
        return slot == null ? null : slot.answer;
    }

    /**
     * @return every answer known, by key (for monitoring)
     */
    public Map<Key, ServiceStatusAnswer> answers() {
        Map<Key, ServiceStatusAnswer> answers = new LinkedHashMap<>();
        slots.forEach((key, slot) -> {
            ServiceStatusAnswer answer = slot.answer;
            if (answer != null) {
                answers.put(key, answer);
            }
        });
        return answers;
    }

    /**
     * @return true when the last refresh of the key was throttled (and an earlier answer is kept)
     */
    public boolean isThrottled(Key key) {
        Slot slot = slots.get(key);
        return slot != null && slot.throttled;
    }

    /**
     * Forgets every answer, so that the next health check asks MWS again.
     */
    public void clear() {
        slots.clear();
    }

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock();
        volatile ServiceStatusAnswer answer;
        volatile boolean throttled;
        volatile Instant nextCheck = Instant.MIN;

        boolean isDue(Instant now) {
            return !now.isBefore(nextCheck);
        }
    }
}
