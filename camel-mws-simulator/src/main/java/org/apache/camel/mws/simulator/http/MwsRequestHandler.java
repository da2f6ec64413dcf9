package org.apache.camel.mws.simulator.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.camel.mws.simulator.account.Accounts;
import org.apache.camel.mws.simulator.catalog.MwsCatalog;
import org.apache.camel.mws.simulator.catalog.Operation;
import org.apache.camel.mws.simulator.catalog.Section;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.fault.FaultInjector;
import org.apache.camel.mws.simulator.inspect.RequestLog;
import org.apache.camel.mws.simulator.inspect.RequestRecord;
import org.apache.camel.mws.simulator.spi.ActionHandler;
import org.apache.camel.mws.simulator.spi.SimClock;
import org.apache.camel.mws.simulator.spi.SimException;
import org.apache.camel.mws.simulator.spi.SimRequest;
import org.apache.camel.mws.simulator.spi.SimResponse;
import org.apache.camel.mws.simulator.throttle.QuotaStatus;
import org.apache.camel.mws.simulator.throttle.ThrottleDecision;
import org.apache.camel.mws.simulator.throttle.ThrottleGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MWS protocol in front of the operation handlers: path and action routing, parameters from the query string
 * or the form body (SubmitFeed: query string, body spooled as the feed), authentication, fault injection,
 * throttling, the envelope, and the request log.
 */
final class MwsRequestHandler implements ExchangeHandler {

    private static final Logger LOG = LoggerFactory.getLogger(MwsRequestHandler.class);
    private static final String GET_SERVICE_STATUS = "GetServiceStatus";
    private static final String SUBMIT_FEED = "SubmitFeed";
    /** The logged outcome of a request whose connection failed before an answer was written. */
    static final String CONNECTION_FAILED = "ConnectionFailed";
    /** The logged outcome of an answer whose handler wrote a body of another length than it declared. */
    static final String INCOMPLETE_BODY = "IncompleteBody";
    /** Form bodies are small; anything bigger is not an MWS request. */
    private static final int MAX_FORM_BYTES = 8 * 1024 * 1024;
    private static final List<String> ROOT_SECTIONS = List.of("Feeds", "Reports");

    private final ServerOptions options;
    private final MwsCatalog catalog;
    private final HandlerTable handlers;
    private final RequestAuthenticator authenticator;
    private final ThrottleGate throttleGate;
    private final FaultInjector faults;
    private final RequestLog requestLog;
    private final ServiceStatusBoard serviceStatus;
    private final SimClock clock;
    private final ResponseWriter writer;

    MwsRequestHandler(ServerOptions options, MwsCatalog catalog, Accounts accounts, HandlerTable handlers,
            ThrottleGate throttleGate, FaultInjector faults, RequestLog requestLog, ServiceStatusBoard serviceStatus,
            SimClock clock) {
        this.options = options;
        this.catalog = catalog;
        this.handlers = handlers;
        this.authenticator = new RequestAuthenticator(accounts, options.strictUserAgent());
        this.throttleGate = throttleGate;
        this.faults = faults;
        this.requestLog = requestLog;
        this.serviceStatus = serviceStatus;
        this.clock = clock;
        this.writer = new ResponseWriter(faults::slowDelay);
    }

    /** What is known of a request as it passes the stages, for the answer and the log. */
    private static final class Call {
        final String requestId = UUID.randomUUID().toString();
        Instant received;
        Section section;
        String action;
        String sellerId;
        String accessKeyId;
        Fault fault = Fault.NONE;
        QuotaStatus quota;
        Path feedFile;
        int status = 500;
        String outcome = "InternalError";
        boolean throttled;
        boolean recorded;
    }

    @Override
    public void handle(ServerExchange ex) throws IOException {
        Call call = new Call();
        call.received = clock.now();
        ex.beforeCompletion(() -> record(ex, call));
        try {
            try {
                answer(ex, call);
            } catch (SimException e) {
                MwsError m = e instanceof MwsError x ? x : null;
                QuotaStatus quota = m != null && m.quota() != null ? m.quota() : call.quota;
                call.throttled = m != null ? m.throttling()
                        : "RequestThrottled".equals(e.code()) || "QuotaExceeded".equals(e.code());
                call.status = e.status();
                call.outcome = e.code();
                writeError(ex, call, e, m != null && m.isBeforeSection(), quota);
            } catch (ServerExchange.BodyLengthMismatchException e) {
                LOG.error("Operation {} {} wrote a wrong body: {}", call.section == null ? "?" : call.section.name(),
                        call.action, e.getMessage());
                call.outcome = INCOMPLETE_BODY;
                ex.abort(); // the framing is broken: the client must not take this body for complete
            } catch (IOException e) {
                call.status = 0;
                call.outcome = CONNECTION_FAILED;
                throw e;
            } catch (RuntimeException e) {
                LOG.error("Operation {} {} failed", call.section == null ? "?" : call.section.name(), call.action, e);
                SimException internal = MwsError.inSection(500, "InternalError",
                        "We encountered an internal error. Please try again.");
                call.status = 500;
                call.outcome = internal.code();
                writeError(ex, call, internal, false, null);
            }
        } finally {
            deleteQuietly(call.feedFile);
            record(ex, call);
        }
    }

    /** Logs the request once, with what is known of it now. */
    private void record(ServerExchange ex, Call call) {
        if (call.recorded) {
            return;
        }
        call.recorded = true;
        requestLog.record(new RequestRecord(call.received, call.requestId, ex.method(), ex.path(),
                call.section == null ? null : call.section.name(), call.action, call.sellerId, call.accessKeyId,
                call.status, call.outcome, call.throttled, call.fault));
    }

    private void answer(ServerExchange ex, Call call) throws IOException {
        if (options.refusePlainHttp() && !ex.secure()) {
            throw MwsError.beforeSection(401, "AccessDenied", "Access denied: MWS requires HTTPS.");
        }
        if (!"GET".equals(ex.method()) && !"POST".equals(ex.method())) {
            throw MwsError.beforeSection(400, "InvalidRequest", "HTTP method " + ex.method()
                    + " is not supported: use POST (or GET).");
        }
        String path = ex.path().isEmpty() ? "/" : ex.path();
        Optional<Section> pathSection = catalog.sectionAtPath(path);
        if (pathSection.isEmpty() && !"/".equals(path)) {
            throw MwsError.beforeSection(404, "InvalidAddress", "The address " + path + " is not valid.");
        }

        List<String[]> rawPairs = new ArrayList<>(FormEncoding.split(ex.rawQuery()));
        String queryAction = actionOf(rawPairs);
        boolean feedRequest = "POST".equals(ex.method()) && SUBMIT_FEED.equals(queryAction);
        if ("POST".equals(ex.method()) && !feedRequest) {
            rawPairs.addAll(FormEncoding.split(readForm(ex)));
        }
        call.action = actionOf(rawPairs);
        if (call.action == null || call.action.isEmpty()) {
            throw MwsError.missing("Action");
        }
        call.section = pathSection.orElseGet(() -> rootSection(call.action));
        if (call.section == null || !knows(call.section, call.action)) {
            throw MwsError.beforeSection(404, "InvalidAddress", "The action " + call.action + " is not valid for "
                    + (call.section == null ? "path /" : call.section.name() + " at path " + path) + ".");
        }

        RequestAuthenticator.Authenticated auth = authenticator.authenticate(ex, call.section, rawPairs,
                call.received);
        call.accessKeyId = auth.developer().accessKeyId();
        call.sellerId = auth.seller().sellerId();
        Operation operation = catalog.operationOrDefault(call.section.name(), call.action);
        int marketplaces = auth.seller().marketplaceIds().size();

        call.fault = faults.next(call.section.name(), call.action);
        if (call.fault.replacesAnswer()) {
            throw injected(call.fault, operation, marketplaces);
        }
        if (options.serverThrottling()) {
            ThrottleDecision decision = throttleGate.acquire(call.sellerId, call.accessKeyId, operation,
                    operation.perItem() ? countItems(auth.params()) : 1, marketplaces);
            call.quota = decision.quota();
            switch (decision.verdict()) {
            case THROTTLED -> throw MwsError.throttled("RequestThrottled", "Request is throttled", decision.quota());
            case QUOTA_EXCEEDED -> throw MwsError.throttled("QuotaExceeded", "You exceeded your quota of "
                    + (long) decision.quota().max() + " requests per 1 hour for operation " + call.section.name() + "/"
                    + call.action + ". Your quota will reset on " + ResponseWriter.ISO_MILLIS.format(
                            decision.quota().resetsOn()), decision.quota());
            default -> {
                // allowed
            }
            }
        }
        if (feedRequest) {
            call.feedFile = spoolFeed(ex);
        }

        SimResponse response;
        if (GET_SERVICE_STATUS.equals(call.action)) {
            response = new SimResponse.XmlResult(serviceStatus.resultXml(call.section.name(),
                    ResponseWriter.ISO_MILLIS.format(clock.now()), call.requestId));
        } else {
            ActionHandler handler = handlers.handler(call.section.name(), call.action).orElseThrow();
            SimRequest request = new SimRequest(call.section.name(), call.action, call.sellerId, call.accessKeyId,
                    Map.copyOf(auth.params()), call.feedFile, ex.header("Content-Type"), call.received);
            try {
                response = handler.handle(request);
            } finally {
                deleteQuietly(call.feedFile); // the feed lives for the call only: the handler has taken what it needs
                call.feedFile = null;
            }
            if (response == null) {
                throw new IllegalStateException("Handler of " + call.action + " returned no response");
            }
        }

        call.status = 200;
        call.outcome = RequestLog.SUCCESS;
        List<String[]> headers = writer.baseHeaders(call.requestId, clock.now());
        if (call.section.quotaHeaders() && call.quota != null) {
            ResponseWriter.addQuotaHeaders(headers, call.quota);
        }
        if (response instanceof SimResponse.XmlResult xml) {
            writer.writeXml(ex, 200, headers, ResponseWriter.envelope(call.section.namespace(), call.action,
                    xml.resultInnerXml(), call.requestId), call.fault);
        } else if (response instanceof SimResponse.RawBody raw) {
            writer.writeRaw(ex, headers, raw, call.fault);
        }
    }

    private MwsError injected(Fault fault, Operation operation, int marketplaces) {
        return switch (fault) {
        case INTERNAL_ERROR -> MwsError.inSection(500, "InternalError",
                "We encountered an internal error. Please try again.");
        case SERVICE_UNAVAILABLE -> MwsError.inSection(503, "ServiceUnavailable",
                "Service is temporarily unavailable. Please try again later.");
        case REQUEST_THROTTLED -> MwsError.throttled("RequestThrottled", "Request is throttled", null);
        case QUOTA_EXCEEDED -> {
            QuotaStatus q = throttleGate.exhausted(operation, marketplaces);
            yield MwsError.throttled("QuotaExceeded", "You exceeded your quota of " + (long) q.max()
                    + " requests per 1 hour for operation " + operation.section() + "/" + operation.action()
                    + ". Your quota will reset on " + ResponseWriter.ISO_MILLIS.format(q.resetsOn()), q);
        }
        case NEXT_TOKEN_CORRUPTED -> MwsError.inSection(400, "NextTokenCorrupted",
                "The NextToken is corrupted or has expired: restart from the original list operation.");
        default -> throw new IllegalArgumentException("Not an answer-replacing fault: " + fault);
        };
    }

    private void writeError(ServerExchange ex, Call call, SimException e, boolean beforeSection, QuotaStatus quota)
            throws IOException {
        if (ex.responseStarted()) {
            // the failure came while streaming a body: the framing is broken, so end the connection
            ex.abort();
            return;
        }
        String namespace = call.section != null ? call.section.namespace() : ResponseWriter.DEFAULT_NAMESPACE;
        List<String[]> headers = writer.baseHeaders(call.requestId, clock.now());
        if (quota != null && call.section != null && call.section.quotaHeaders()) {
            ResponseWriter.addQuotaHeaders(headers, quota);
        }
        writer.writeXml(ex, e.status(), headers, ResponseWriter.errorXml(namespace, e, call.requestId, beforeSection),
                Fault.NONE);
    }

    private static String actionOf(List<String[]> rawPairs) {
        String action = null;
        for (String[] p : rawPairs) {
            if ("Action".equals(p[0])) {
                action = FormEncoding.decode(p[1], true);
            }
        }
        return action;
    }

    /** The section behind path {@code /}: Feeds or Reports, by action (Amazon's own clients posted both there). */
    private Section rootSection(String action) {
        for (String name : ROOT_SECTIONS) {
            Section s = catalog.section(name).orElseThrow();
            if (knows(s, action)) {
                return s;
            }
        }
        return null;
    }

    private boolean knows(Section section, String action) {
        return GET_SERVICE_STATUS.equals(action) || handlers.has(section.name(), action);
    }

    private String readForm(ServerExchange ex) throws IOException {
        long length = ex.declaredLength();
        if (length > MAX_FORM_BYTES) {
            ex.closeAfterResponse();
            throw MwsError.beforeSection(400, "InvalidRequest",
                    "The request body of " + length + " bytes is too large for a form (SubmitFeed sends its "
                            + "parameters in the query string).");
        }
        try (InputStream in = ex.body()) {
            byte[] body = in.readNBytes(MAX_FORM_BYTES + 1);
            if (body.length > MAX_FORM_BYTES) {
                ex.closeAfterResponse();
                throw MwsError.beforeSection(400, "InvalidRequest", "The form body is too large.");
            }
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Copies the feed body to a temporary file as it arrives; the handler reads it from there. */
    private Path spoolFeed(ServerExchange ex) throws IOException {
        long max = options.maxFeedBytes();
        long declared = ex.declaredLength();
        if (declared > max) {
            ex.closeAfterResponse();
            throw MwsError.inSection(400, "InvalidRequest", "The feed of " + declared + " bytes exceeds the limit of "
                    + max + " bytes (feeds must be under 2 GiB).");
        }
        Path dir = options.spoolDirectory();
        Path file = dir == null ? Files.createTempFile("mws-feed-", ".spool")
                : Files.createTempFile(dir, "mws-feed-", ".spool");
        boolean ok = false;
        try (InputStream in = ex.body(); OutputStream out = Files.newOutputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buf)) >= 0;) {
                total += n;
                if (total > max) {
                    ex.closeAfterResponse();
                    throw MwsError.inSection(400, "InvalidRequest",
                            "The feed exceeds the limit of " + max + " bytes (feeds must be under 2 GiB).");
                }
                out.write(buf, 0, n);
            }
            ok = true;
            return file;
        } finally {
            if (!ok) {
                deleteQuietly(file);
            }
        }
    }

    /**
     * Items of a Products request counted per item: the entries of its lists ({@code IdList.Id.N},
     * {@code SellerSKUList.SellerSKU.N}, {@code FeesEstimateRequestList.FeesEstimateRequest.N.*}, ...).
     */
    static int countItems(Map<String, String> params) {
        Set<String> items = new HashSet<>();
        for (String name : params.keySet()) {
            String[] parts = name.split("\\.");
            if (parts.length >= 3 && parts[0].endsWith("List") && parts[2].chars().allMatch(Character::isDigit)) {
                items.add(parts[0] + '.' + parts[2]);
            }
        }
        return Math.max(1, items.size());
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Cannot delete spooled feed {}", file, e);
            }
        }
    }
}
