package org.apache.camel.mws.simulator.fault;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The faults planned for one operation (or a wildcard of operations): a scripted sequence consumed one fault per
 * request, then faults drawn with their probabilities from the injector's seeded random source.
 */
public final class ActionFaults {

    private final ArrayDeque<Fault> script = new ArrayDeque<>();
    private final Map<Fault, Double> probabilities = new EnumMap<>(Fault.class);

    ActionFaults() {
    }

    /** Appends faults for the next requests, in order ({@link Fault#NONE} answers one request normally). */
    public synchronized ActionFaults next(Fault... faults) {
        for (Fault f : faults) {
            script.add(Objects.requireNonNull(f, "fault"));
        }
        return this;
    }

    /**
     * Injects {@code fault} into a share {@code probability} (0..1) of the requests not covered by the script.
     * The probabilities of one operation add up to at most 1.
     */
    public synchronized ActionFaults withProbability(Fault fault, double probability) {
        Objects.requireNonNull(fault, "fault");
        if (probability < 0 || probability > 1 || Double.isNaN(probability)) {
            throw new IllegalArgumentException("Probability of " + fault + " must be within 0..1, got " + probability);
        }
        double others = probabilities.entrySet().stream().filter(e -> e.getKey() != fault)
                .mapToDouble(Map.Entry::getValue).sum();
        if (others + probability > 1.0 + 1e-9) {
            throw new IllegalArgumentException("Fault probabilities add up to more than 1");
        }
        if (probability == 0) {
            probabilities.remove(fault);
        } else {
            probabilities.put(fault, probability);
        }
        return this;
    }

    /** Forgets the script and the probabilities. */
    public synchronized ActionFaults clear() {
        script.clear();
        probabilities.clear();
        return this;
    }

    /** Faults of the script not consumed yet. */
    public synchronized int pending() {
        return script.size();
    }

    /** The scripted fault for this request, or null when the script is spent. */
    synchronized Fault pollScripted() {
        return script.poll();
    }

    /** A fault drawn from the probabilities, or null when none was drawn. */
    synchronized Fault draw(SplittableRandom random) {
        if (probabilities.isEmpty()) {
            return null;
        }
        double r;
        synchronized (random) {
            r = random.nextDouble();
        }
        double cumulative = 0;
        for (Map.Entry<Fault, Double> e : probabilities.entrySet()) {
            cumulative += e.getValue();
            if (r < cumulative) {
                return e.getKey();
            }
        }
        return null;
    }
}
