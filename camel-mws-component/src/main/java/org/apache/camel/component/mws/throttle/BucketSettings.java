package org.apache.camel.component.mws.throttle;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.component.mws.catalog.Action;
import org.apache.camel.component.mws.catalog.MwsCatalog;
import org.apache.camel.component.mws.catalog.Operation;
import org.apache.camel.component.mws.catalog.Section;
import org.apache.camel.util.TimeUtils;

/**
 * The throttling limits an endpoint paces its requests by: the published quota of each operation's bucket
 * ({@code operations.csv}), with the endpoint's overrides ({@code buckets.<name>.<field>}) applied, as seen against a
 * server whose time runs {@code timeScale} times faster than MWS (the simulator's time scale). Specs are built once
 * per bucket and reused, which keeps the bucket state from being re-configured on every request.
 */
public final class BucketSettings {

    /** The published quotas at MWS speed, without override. */
    public static final BucketSettings PUBLISHED = new BucketSettings(1.0, Map.of());

    private final double timeScale;
    private final Map<String, Override> overrides;
    private final ConcurrentHashMap<String, BucketSpec> specs = new ConcurrentHashMap<>();

    private BucketSettings(double timeScale, Map<String, Override> overrides) {
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("timeScale must be a positive number, was " + timeScale);
        }
        this.timeScale = timeScale;
        this.overrides = Collections.unmodifiableMap(overrides);
    }

    /**
     * Reads the endpoint's {@code buckets.*} options.
     *
     * @param  catalog                  the operation catalog
     * @param  section                  the endpoint's section (action names are looked up in it)
     * @param  timeScale                how many times faster than MWS the server's time runs (1 for MWS itself)
     * @param  options                  {@code <bucket>.<field>} to value, where bucket is an action of the section
     *                                  ({@code ListOrders}) or a bucket name ({@code Orders.ListOrders}), and field
     *                                  one of {@code maxQuota}, {@code restoreAmount}, {@code restorePeriod},
     *                                  {@code hourlyQuota}; null or empty for none
     * @return                          the settings
     * @throws IllegalArgumentException naming the option that is wrong
     */
    public static BucketSettings of(MwsCatalog catalog, Section section, double timeScale, Map<String, ?> options) {
        Map<String, Override> overrides = new LinkedHashMap<>();
        Map<String, Operation> examples = new LinkedHashMap<>();
        if (options != null) {
            for (Map.Entry<String, ?> e : options.entrySet()) {
                String key = e.getKey();
                int dot = key.lastIndexOf('.');
                if (dot <= 0 || dot == key.length() - 1) {
                    throw new IllegalArgumentException("buckets." + key + ": expected buckets.<action or bucket>.<field>"
                                                       + " with field maxQuota, restoreAmount, restorePeriod or"
                                                       + " hourlyQuota, e.g. buckets.ListOrders.maxQuota=6");
                }
                Operation op = operationOf(catalog, section, key.substring(0, dot));
                examples.putIfAbsent(op.bucket(), op);
                overrides.computeIfAbsent(op.bucket(), b -> new Override())
                        .set(key.substring(dot + 1), e.getValue(), "buckets." + key);
            }
        }
        BucketSettings settings = new BucketSettings(timeScale, overrides);
        // fail at route start-up, naming the bucket, rather than on the first request
        examples.forEach((bucket, op) -> {
            try {
                settings.spec(op);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("buckets." + bucket + ": " + e.getMessage(), e);
            }
        });
        return settings;
    }

    /** The time scale of the server ({@code 1} for MWS). */
    public double timeScale() {
        return timeScale;
    }

    /**
     * @param  operation an operation of the catalog
     * @return           the limits of its bucket with overrides and time scale applied
     */
    public BucketSpec spec(Operation operation) {
        return specs.computeIfAbsent(operation.bucket(), b -> build(operation));
    }

    /** An MWS duration (the two-minute ListOrders lag, a restore period) as it passes on the server. */
    public Duration scale(Duration mwsDuration) {
        return timeScale == 1.0 ? mwsDuration : Duration.ofNanos(Math.round(mwsDuration.toNanos() / timeScale));
    }

    private BucketSpec build(Operation op) {
        BucketSpec spec = new BucketSpec(op.maxQuota(), op.restoreAmount(), op.restorePeriod(), op.perItem(),
                op.hourlyQuota());
        Override o = overrides.get(op.bucket());
        if (o != null) {
            spec = o.applyTo(spec);
        }
        return spec.scaled(timeScale);
    }

    private static Operation operationOf(MwsCatalog catalog, Section section, String name) {
        Optional<Action> action = section.findAction(name);
        if (action.isPresent()) {
            Operation op = action.get().operation();
            if (op == null) {
                throw new IllegalArgumentException("buckets." + name + ": " + section.name() + "/" + action.get().name()
                                                   + " has no published throttling quota to override");
            }
            return op;
        }
        TreeSet<String> known = new TreeSet<>();
        for (Section s : catalog.sections().values()) {
            for (Action a : s.actions().values()) {
                if (a.operation() != null) {
                    if (a.operation().bucket().equalsIgnoreCase(name)) {
                        return a.operation();
                    }
                    known.add(a.operation().bucket());
                }
            }
        }
        throw new IllegalArgumentException("buckets." + name + ": '" + name + "' is neither an action of section "
                                           + section.name() + " nor a throttling bucket. Buckets: " + known);
    }

    @java.lang.Override
    public String toString() {
        return "BucketSettings[timeScale=" + timeScale + ", overrides=" + overrides.keySet() + "]";
    }

    /** The fields of one bucket that an endpoint overrides. */
    private static final class Override {
        private Integer maxQuota;
        private Double restoreAmount;
        private Duration restorePeriod;
        private Integer hourlyQuota;

        void set(String field, Object value, String option) {
            Objects.requireNonNull(value, option + " must have a value");
            String text = String.valueOf(value).trim();
            switch (field.toLowerCase(Locale.ROOT)) {
                case "maxquota" -> maxQuota = wholeNumber(option, text);
                case "restoreamount" -> restoreAmount = number(option, text);
                case "restoreperiod" -> restorePeriod = duration(option, text);
                case "hourlyquota" -> hourlyQuota = wholeNumber(option, text);
                default -> throw new IllegalArgumentException(option + ": unknown field '" + field
                                                              + "'; use maxQuota, restoreAmount, restorePeriod or"
                                                              + " hourlyQuota");
            }
        }

        private static int wholeNumber(String option, String text) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": '" + text + "' is not a whole number", e);
            }
        }

        private static double number(String option, String text) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": '" + text + "' is not a number", e);
            }
        }

        private static Duration duration(String option, String text) {
            try {
                return TimeUtils.toDuration(text);
            } catch (RuntimeException e) {
                // TimeUtils fails with various runtime exceptions on text that is no duration
                throw new IllegalArgumentException(option + ": '" + text + "' is not a duration (e.g. 60s, 500ms,"
                                                   + " 2m)", e);
            }
        }

        BucketSpec applyTo(BucketSpec spec) {
            BucketSpec s = spec;
            if (maxQuota != null) {
                s = s.withMaxQuota(maxQuota);
            }
            if (restoreAmount != null || restorePeriod != null) {
                s = s.withRestore(restoreAmount != null ? restoreAmount : s.restoreAmount(),
                        restorePeriod != null ? restorePeriod : s.restorePeriod());
            }
            if (hourlyQuota != null) {
                s = s.withHourlyQuota(hourlyQuota);
            }
            return s;
        }
    }
}
