package org.apache.camel.component.mws.health;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.camel.component.mws.MwsAuthenticationException;
import org.apache.camel.component.mws.MwsEndpoint;
import org.apache.camel.component.mws.MwsException;
import org.apache.camel.component.mws.MwsReply;
import org.apache.camel.component.mws.MwsResultFormat;
import org.apache.camel.component.mws.ResponseInterpreter;
import org.apache.camel.component.mws.catalog.Action;
import org.apache.camel.component.mws.catalog.Operation;
import org.apache.camel.component.mws.catalog.Section;
import org.apache.camel.component.mws.model.common.GetServiceStatusResult;
import org.apache.camel.component.mws.transport.MwsCall;
import org.apache.camel.component.mws.transport.MwsClient;
import org.apache.camel.component.mws.transport.RetryPolicy;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * The health of an mws producer: the GetServiceStatus answer of its section for its account and host. GREEN,
 * GREEN_I and YELLOW are UP (YELLOW means elevated error rates or latency: the service still works), RED is DOWN, and
 * so is a failed call, notably refused credentials. The answer is cached in the component's {@link ServiceStatusCache}
 * for one restore interval of the GetServiceStatus quota (5 minutes), so probes never spend more than that quota
 * restores; the probe itself neither waits for throttling nor retries more than once.
 * <p>
 * A readiness check only: an outage of MWS is no reason to restart the application.
 */
public class MwsProducerHealthCheck extends AbstractHealthCheck {

    /** GREEN, GREEN_I, YELLOW or RED, as GetServiceStatus reported it. */
    public static final String SERVICE_STATUS = "mws.service.status";
    /** When MWS last changed the status (the Timestamp of GetServiceStatusResult). */
    public static final String SERVICE_STATUS_TIMESTAMP = "mws.service.status.timestamp";
    /** The texts MWS gave with a status other than GREEN. */
    public static final String SERVICE_MESSAGE = "mws.service.message";
    /** The MessageId of a status other than GREEN. */
    public static final String SERVICE_MESSAGE_ID = "mws.service.message.id";
    /** The section whose status is reported. */
    public static final String SECTION = "mws.section";
    /** When the reported answer was received (answers are reused for one restore interval of the quota). */
    public static final String CHECKED_AT = "mws.checked.at";
    /** Present (true) when the last GetServiceStatus was throttled and an earlier answer is reported. */
    public static final String THROTTLED = "mws.throttled";

    private static final String GET_SERVICE_STATUS = "GetServiceStatus";
    private static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);

    private final MwsEndpoint endpoint;
    private final Clock clock = Clock.systemUTC();
    private volatile MwsClient client;

    /**
     * @param endpoint the producer's endpoint (started)
     * @param id       identifies the check among the producers' checks
     */
    public MwsProducerHealthCheck(MwsEndpoint endpoint, String id) {
        super("camel", "producer:mws-" + id);
        this.endpoint = endpoint;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        Section section = endpoint.getMwsSection();
        builder.detail(SECTION, section.name());
        MwsCall call;
        MwsClient c;
        try {
            c = client();
            call = c.newCall(section, section.action(GET_SERVICE_STATUS), Map.of(), null);
        } catch (RuntimeException e) {
            builder.message("mws:" + section.name() + " cannot ask for its service status: " + e.getMessage());
            builder.error(e);
            builder.down();
            return;
        }
        ServiceStatusCache.Key key = new ServiceStatusCache.Key(call.host(), section.name(), call.sellerId(),
                call.accessKeyId());
        ServiceStatusCache cache = endpoint.getComponent().getServiceStatusCache();
        ServiceStatusAnswer answer = cache.get(key, interval(call.action()), () -> fetch(c, call));
        builder.detail(CHECKED_AT, answer.checkedAt().toString());
        if (cache.isThrottled(key) && !answer.isThrottled()) {
            builder.detail(THROTTLED, true);
        }
        report(builder, section, answer);
    }

    private static void report(HealthCheckResultBuilder builder, Section section, ServiceStatusAnswer answer) {
        GetServiceStatusResult status = answer.status();
        if (status != null) {
            reportStatus(builder, section, answer, status);
            return;
        }
        Exception failure = answer.failure();
        builder.details(MwsHealthDetails.of(failure));
        if (answer.isThrottled()) {
            builder.message("GetServiceStatus of " + section.name() + " was throttled before any status was known");
            builder.unknown();
        } else if (failure instanceof MwsAuthenticationException auth) {
            builder.message("MWS refused the credentials (" + auth.getCode() + "): " + auth.getMessage());
            builder.error(failure);
            builder.down();
        } else {
            builder.message(failure.getMessage());
            builder.error(failure);
            builder.down();
        }
    }

    private static void reportStatus(HealthCheckResultBuilder builder, Section section, ServiceStatusAnswer answer,
                                     GetServiceStatusResult status) {
        String state = status.getStatus();
        builder.detail(SERVICE_STATUS, state);
        if (status.getTimestamp() != null) {
            builder.detail(SERVICE_STATUS_TIMESTAMP, status.getTimestamp().toString());
        }
        if (status.getMessageId() != null) {
            builder.detail(SERVICE_MESSAGE_ID, status.getMessageId());
        }
        String texts = status.getMessages().stream().map(GetServiceStatusResult.Message::getText)
                .filter(t -> t != null && !t.isBlank()).collect(Collectors.joining(" "));
        if (!texts.isEmpty()) {
            builder.detail(SERVICE_MESSAGE, texts);
        }
        if (answer.requestId() != null) {
            builder.detail(MwsHealthDetails.REQUEST_ID, answer.requestId());
        }
        String summary = "MWS " + section.name() + " is " + state + (texts.isEmpty() ? "" : ": " + texts);
        builder.message(summary);
        if (status.isOperational() || "YELLOW".equals(state)) {
            builder.up();
        } else {
            builder.down();
        }
    }

    private ServiceStatusAnswer fetch(MwsClient c, MwsCall call) {
        try {
            MwsReply reply = new ResponseInterpreter(endpoint.getComponent().getXmlParser(), c.masker())
                    .interpret(c.execute(call), MwsResultFormat.object);
            if (reply.body() instanceof GetServiceStatusResult status && status.getStatus() != null) {
                return ServiceStatusAnswer.of(status, reply.requestId(), clock.instant());
            }
            return ServiceStatusAnswer.failed(new MwsException("MWS " + call.operationName()
                                                               + " answered without a Status",
                    null), clock.instant());
        } catch (RuntimeException e) {
            return ServiceStatusAnswer.failed(e, clock.instant());
        }
    }

    /** One request per restore interval: the pace the GetServiceStatus quota sustains. */
    private static Duration interval(Action action) {
        Operation op = action.operation();
        if (op == null || op.restoreAmount() <= 0) {
            return DEFAULT_INTERVAL;
        }
        return Duration.ofMillis((long) Math.ceil(op.restorePeriod().toMillis() / op.restoreAmount()));
    }

    private MwsClient client() {
        MwsClient c = client;
        if (c == null) {
            // no wait for a throttling permit and one quick retry: a probe must answer promptly, and the
            // GetServiceStatus burst of 2 leaves room for exactly one retry
            c = endpoint.createClient(RetryPolicy.of(1, "1s", 0), Duration.ZERO);
            client = c;
        }
        return c;
    }
}
