package org.apache.camel.component.mws.monitor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Route;
import org.apache.camel.component.mws.MwsComponent;
import org.apache.camel.component.mws.MwsEndpoint;
import org.apache.camel.component.mws.catalog.Operation;
import org.apache.camel.component.mws.health.ServiceStatusAnswer;
import org.apache.camel.component.mws.health.ServiceStatusCache;
import org.apache.camel.component.mws.throttle.BucketKey;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.URISupport;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code mws} dev console: the level of every throttling bucket in use, each polling consumer's checkpoint and
 * last poll, and the last GetServiceStatus answers of the health checks.
 */
@DevConsole(name = "mws", displayName = "Amazon MWS",
            description = "Throttling buckets, consumer checkpoints and polls, and service status of Amazon MWS")
public class MwsDevConsole extends AbstractDevConsole {

    public MwsDevConsole() {
        super("camel", "mws", "Amazon MWS",
              "Throttling buckets, consumer checkpoints and polls, and service status of Amazon MWS");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder sb = new StringBuilder(1024);
        for (MwsComponent component : components()) {
            sb.append("Throttling buckets:\n");
            List<BucketLevels.Level> levels = component.getBucketLevels().levels();
            if (levels.isEmpty()) {
                sb.append("    (none used yet)\n");
            }
            for (BucketLevels.Level level : levels) {
                BucketKey key = level.key();
                sb.append(String.format(Locale.ROOT, "    %s (seller %s at %s): %s of %d, restores %s%n", key.bucket(),
                        key.sellerId(), key.host(), Double.isNaN(level.available())
                                ? "not paced" : String.format(Locale.ROOT, "%.2f", level.available()),
                        level.operation().maxQuota(), restore(level.operation())));
            }
            Map<ServiceStatusCache.Key, ServiceStatusAnswer> statuses = component.getServiceStatusCache().answers();
            if (!statuses.isEmpty()) {
                sb.append("Service status (health checks):\n");
                statuses.forEach((key, answer) -> sb.append(String.format(Locale.ROOT,
                        "    %s (seller %s at %s): %s, checked %s%n", key.section(), key.sellerId(), key.host(),
                        status(answer), answer.checkedAt())));
            }
        }
        List<Route> routes = mwsRoutes();
        sb.append("Consumers:\n");
        if (routes.isEmpty()) {
            sb.append("    (none)\n");
        }
        for (Route route : routes) {
            sb.append(String.format(Locale.ROOT, "    %s: %s (%s)%n", route.getRouteId(),
                    URISupport.sanitizeUri(route.getEndpoint().getEndpointUri()), status(route)));
            Consumer consumer = route.getConsumer();
            if (consumer instanceof PollMonitored monitored) {
                PollMonitor monitor = monitored.getPollMonitor();
                Duration lag = monitor.getCheckpointLag();
                sb.append("        checkpoint: ").append(monitor.getCheckpoint() == null ? "none"
                        : monitor.getCheckpoint() + " (lag " + lag.toSeconds() + " s)").append('\n');
                PollOutcome last = monitor.getLastPoll();
                sb.append("        last poll: ").append(last == null ? "none yet" : describe(last)).append('\n');
            }
            if (consumer instanceof ScheduledPollConsumer poll) {
                sb.append(String.format(Locale.ROOT, "        polls: %d, failed in a row: %d%n", poll.getCounter(),
                        poll.getErrorCounter()));
            }
        }
        return sb.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        List<JsonObject> buckets = new ArrayList<>();
        List<JsonObject> statuses = new ArrayList<>();
        for (MwsComponent component : components()) {
            for (BucketLevels.Level level : component.getBucketLevels().levels()) {
                JsonObject b = new JsonObject();
                b.put("bucket", level.key().bucket());
                b.put("sellerId", level.key().sellerId());
                b.put("host", level.key().host());
                b.put("maxQuota", level.operation().maxQuota());
                b.put("restoreAmount", level.operation().restoreAmount());
                b.put("restorePeriodMillis", level.operation().restorePeriod().toMillis());
                if (!Double.isNaN(level.available())) {
                    b.put("available", level.available());
                }
                buckets.add(b);
            }
            component.getServiceStatusCache().answers().forEach((key, answer) -> {
                JsonObject s = new JsonObject();
                s.put("section", key.section());
                s.put("sellerId", key.sellerId());
                s.put("host", key.host());
                s.put("status", status(answer));
                s.put("checkedAt", answer.checkedAt().toString());
                statuses.add(s);
            });
        }
        List<JsonObject> consumers = new ArrayList<>();
        for (Route route : mwsRoutes()) {
            MwsEndpoint endpoint = (MwsEndpoint) route.getEndpoint();
            JsonObject c = new JsonObject();
            c.put("routeId", route.getRouteId());
            c.put("uri", URISupport.sanitizeUri(endpoint.getEndpointUri()));
            c.put("section", endpoint.getSection());
            c.put("action", endpoint.getAction());
            c.put("state", status(route));
            Consumer consumer = route.getConsumer();
            if (consumer instanceof PollMonitored monitored) {
                PollMonitor monitor = monitored.getPollMonitor();
                if (monitor.getCheckpoint() != null) {
                    c.put("checkpoint", monitor.getCheckpoint().toString());
                    c.put("checkpointLagSeconds", monitor.getCheckpointLag().toSeconds());
                }
                PollOutcome last = monitor.getLastPoll();
                if (last != null) {
                    JsonObject p = new JsonObject();
                    p.put("finishedAt", last.finishedAt().toString());
                    p.put("tookMillis", last.took().toMillis());
                    p.put("records", last.records());
                    p.put("pages", last.pages());
                    p.put("outcome", last.succeeded() ? "success" : "failed");
                    if (!last.succeeded()) {
                        putIfNotNull(p, "errorCode", last.errorCode());
                        putIfNotNull(p, "requestId", last.requestId());
                        putIfNotNull(p, "message", last.failure().getMessage());
                    }
                    c.put("lastPoll", p);
                }
            }
            if (consumer instanceof ScheduledPollConsumer poll) {
                c.put("polls", poll.getCounter());
                c.put("failedInARow", poll.getErrorCounter());
            }
            consumers.add(c);
        }
        root.put("buckets", buckets);
        root.put("consumers", consumers);
        root.put("serviceStatus", statuses);
        return root;
    }

    private List<MwsComponent> components() {
        CamelContext context = getCamelContext();
        List<MwsComponent> components = new ArrayList<>();
        for (String name : context.getComponentNames()) {
            if (context.hasComponent(name) instanceof MwsComponent mws) {
                components.add(mws);
            }
        }
        return components;
    }

    private List<Route> mwsRoutes() {
        List<Route> routes = new ArrayList<>();
        for (Route route : getCamelContext().getRoutes()) {
            if (route.getEndpoint() instanceof MwsEndpoint) {
                routes.add(route);
            }
        }
        return routes;
    }

    private String status(Route route) {
        return String.valueOf(getCamelContext().getRouteController().getRouteStatus(route.getRouteId()));
    }

    private static String status(ServiceStatusAnswer answer) {
        if (answer.status() != null) {
            return answer.status().getStatus();
        }
        Exception failure = answer.failure();
        return failure instanceof org.apache.camel.component.mws.MwsException mws && mws.getCode() != null
                ? "failed: " + mws.getCode() : "failed: " + failure.getClass().getSimpleName();
    }

    private static String restore(Operation op) {
        return String.format(Locale.ROOT, "%s per %s s", trim(op.restoreAmount()),
                trim(op.restorePeriod().toMillis() / 1000.0));
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String describe(PollOutcome last) {
        String what = last.records() + " record" + (last.records() == 1 ? "" : "s") + " in " + last.pages() + " page"
                      + (last.pages() == 1 ? "" : "s") + " in " + last.took().toMillis() + " ms";
        if (last.succeeded()) {
            return "success at " + last.finishedAt() + ", " + what;
        }
        return "failed at " + last.finishedAt() + " (" + (last.errorCode() != null ? last.errorCode()
                : last.failure().getClass().getSimpleName())
               + (last.requestId() != null ? ", RequestId " + last.requestId() : "") + "), " + what;
    }

    private static void putIfNotNull(JsonObject json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
