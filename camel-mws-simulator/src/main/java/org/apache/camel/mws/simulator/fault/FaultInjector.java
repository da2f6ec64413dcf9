package org.apache.camel.mws.simulator.fault;

import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Fault injection per operation. Rules are looked up from the most to the least specific: the operation itself,
 * then every operation of its section ({@code on("Orders", "*")}), then every operation ({@code onAnyAction()});
 * a scripted fault wins over a drawn one. Probabilities draw from a random source seeded with the simulator's
 * seed, so a run is reproducible when its requests arrive in the same order.
 */
public final class FaultInjector {

    /** Matches every section or every action. */
    public static final String ANY = "*";

    private final ConcurrentMap<String, ActionFaults> rules = new ConcurrentHashMap<>();
    private final SplittableRandom random;
    private final SkewedClock clock;
    private volatile Duration slowDelay = Duration.ofSeconds(2);

    public FaultInjector(long seed, SkewedClock clock) {
        this.random = new SplittableRandom(seed ^ 0xFA017L);
        this.clock = clock;
    }

    /** The faults of one operation ({@code "*"} as section or action matches all). */
    public ActionFaults on(String section, String action) {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(action, "action");
        return rules.computeIfAbsent(section + '/' + action, k -> new ActionFaults());
    }

    /** The faults of every operation of every section. */
    public ActionFaults onAnyAction() {
        return on(ANY, ANY);
    }

    /** How long {@link Fault#SLOW_RESPONSE} and {@link Fault#SLOW_BODY} pause (real time; default 2 s). */
    public FaultInjector slowDelay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("Slow delay must not be negative");
        }
        this.slowDelay = delay;
        return this;
    }

    public Duration slowDelay() {
        return slowDelay;
    }

    /** Skews the server clock (Timestamp checks, Date and x-mws-timestamp headers, generated dates). */
    public FaultInjector clockSkew(Duration skew) {
        clock.skew(skew);
        return this;
    }

    /** Removes every rule and the clock skew. */
    public void clear() {
        rules.clear();
        clock.skew(Duration.ZERO);
    }

    /** The fault to inject into this request of the operation ({@link Fault#NONE} when none). */
    public Fault next(String section, String action) {
        ActionFaults[] chain = { rules.get(section + '/' + action), rules.get(section + '/' + ANY),
                rules.get(ANY + '/' + action), rules.get(ANY + '/' + ANY) };
        for (ActionFaults f : chain) {
            if (f != null) {
                Fault scripted = f.pollScripted();
                if (scripted != null) {
                    return scripted;
                }
            }
        }
        for (ActionFaults f : chain) {
            if (f != null) {
                Fault drawn = f.draw(random);
                if (drawn != null) {
                    return drawn;
                }
            }
        }
        return Fault.NONE;
    }
}
