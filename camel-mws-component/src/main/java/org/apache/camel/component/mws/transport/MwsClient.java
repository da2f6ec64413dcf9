package org.apache.camel.component.mws.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.net.ssl.SSLException;

import org.apache.camel.component.mws.MwsError;
import org.apache.camel.component.mws.MwsException;
import org.apache.camel.component.mws.MwsServiceUnavailableException;
import org.apache.camel.component.mws.MwsSubmissionUncertainException;
import org.apache.camel.component.mws.MwsThrottledException;
import org.apache.camel.component.mws.catalog.Action;
import org.apache.camel.component.mws.catalog.Section;
import org.apache.camel.component.mws.model.ErrorResponse;
import org.apache.camel.component.mws.model.MwsXmlException;
import org.apache.camel.component.mws.model.MwsXmlParser;
import org.apache.camel.component.mws.signing.RequestSigner;
import org.apache.camel.component.mws.signing.SignatureMethod;
import org.apache.camel.component.mws.signing.SignedQuery;
import org.apache.camel.component.mws.throttle.ThrottleTimeoutException;
import org.apache.camel.component.mws.xml.BodyDiagnostics;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends MWS calls for one endpoint: signs every attempt afresh (new Timestamp), posts it through the component's
 * shared HttpClient, passes every attempt through the {@link RequestPacer}, retries HTTP 500/503 and I/O errors with
 * backoff (never a SubmitFeed whose body may have reached the server), and turns error answers into
 * {@link MwsException}s. Thread-safe.
 */
public final class MwsClient {

    /** The request parameters the client sets itself. */
    public static final Set<String> RESERVED_PARAMETERS = Set.of("AWSAccessKeyId", "Action", "SignatureMethod",
            "SignatureVersion", "Version", "Timestamp", "Signature", "Expires");

    private static final Logger LOG = LoggerFactory.getLogger(MwsClient.class);
    private static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";
    private static final Set<String> MASKED_PARAMETERS = Set.of("MWSAuthToken", "Signature");
    /** A pacer that keeps asking for re-sends is a bug: stop it rather than loop forever. */
    private static final int MAX_THROTTLED_RESENDS = 100;

    private final CloseableHttpClient http;
    private final MwsXmlParser parser;
    private final RequestPacer pacer;
    private final ClockSkewMonitor skewMonitor;
    private final MwsCredentials credentials;
    private final RequestSigner signer;
    private final TransportSettings settings;
    private final SecretMasker masker;
    private final RequestConfig requestConfig;
    private final Clock clock;
    private final MwsTransportListener listener;

    /**
     * @param http            the component's shared client
     * @param parser          reads ErrorResponse bodies
     * @param pacer           paces every attempt ({@link RequestPacer#NONE} for none)
     * @param skewMonitor     watches the server's clock
     * @param credentials     the identities requests act with
     * @param signatureMethod the HMAC algorithm
     * @param settings        where and how to send
     * @param clock           the clock Timestamps are taken from
     */
    public MwsClient(CloseableHttpClient http, MwsXmlParser parser, RequestPacer pacer, ClockSkewMonitor skewMonitor,
                     MwsCredentials credentials, SignatureMethod signatureMethod, TransportSettings settings,
                     Clock clock) {
        this(http, parser, pacer, skewMonitor, credentials, signatureMethod, settings, clock,
             MwsTransportListener.NONE);
    }

    /**
     * @param http            the component's shared client
     * @param parser          reads ErrorResponse bodies
     * @param pacer           paces every attempt ({@link RequestPacer#NONE} for none)
     * @param skewMonitor     watches the server's clock
     * @param credentials     the identities requests act with
     * @param signatureMethod the HMAC algorithm
     * @param settings        where and how to send
     * @param clock           the clock Timestamps are taken from
     * @param listener        observes permits, attempts, retries and bytes ({@link MwsTransportListener#NONE} for
     *                        none)
     */
    @SuppressWarnings("deprecation") // the per-request connect timeout is the only way to override the pool's default
    public MwsClient(CloseableHttpClient http, MwsXmlParser parser, RequestPacer pacer, ClockSkewMonitor skewMonitor,
                     MwsCredentials credentials, SignatureMethod signatureMethod, TransportSettings settings,
                     Clock clock, MwsTransportListener listener) {
        this.http = http;
        this.parser = parser;
        this.pacer = pacer;
        this.skewMonitor = skewMonitor;
        this.credentials = credentials;
        this.signer = new RequestSigner(credentials.secretKey(), signatureMethod);
        this.settings = settings;
        this.masker = new SecretMasker(credentials.secretKey(), credentials.mwsAuthToken());
        this.requestConfig = RequestConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setResponseTimeout(Timeout.of(settings.socketTimeout()))
                .build();
        this.clock = clock;
        this.listener = listener != null ? listener : MwsTransportListener.NONE;
    }

    public TransportSettings settings() {
        return settings;
    }

    /**
     * @return the masker for the secrets of this client's credentials
     */
    public SecretMasker masker() {
        return masker;
    }

    /**
     * Builds a call: the caller's parameters plus AWSAccessKeyId, Action, the section's seller parameter (SellerId or
     * Merchant), MWSAuthToken when known, SignatureMethod, SignatureVersion and Version.
     *
     * @param  section                  the section
     * @param  action                   the action
     * @param  parameters               the action's parameters; a SellerId, Merchant or MWSAuthToken among them
     *                                  overrides the configured one
     * @param  feed                     the feed of a SubmitFeed, else null
     * @return                          the call
     * @throws IllegalArgumentException for a parameter the client sets itself, or when no seller id is known
     */
    public MwsCall newCall(Section section, Action action, Map<String, String> parameters, FeedBody feed) {
        Map<String, String> user = new LinkedHashMap<>(parameters);
        for (String reserved : RESERVED_PARAMETERS) {
            if (user.containsKey(reserved)) {
                throw new IllegalArgumentException("The request parameter " + reserved
                                                   + " is set by the mws component and cannot be given as a parameter");
            }
        }
        if (action.isSubmitFeed() != (feed != null)) {
            throw new IllegalArgumentException(action.isSubmitFeed()
                    ? "SubmitFeed needs a feed body" : action + " takes no feed body");
        }
        String seller = firstNonBlank(user.remove("SellerId"), user.remove("Merchant"), credentials.sellerId());
        if (seller == null) {
            throw new IllegalArgumentException("No seller: set the sellerId option (or a SellerId parameter)");
        }
        String token = firstNonBlank(user.remove("MWSAuthToken"), credentials.mwsAuthToken());
        Map<String, String> all = new LinkedHashMap<>();
        all.put("AWSAccessKeyId", credentials.accessKeyId());
        all.put("Action", action.name());
        all.put(section.sellerParameter(), seller);
        if (token != null) {
            all.put("MWSAuthToken", token);
        }
        all.put("SignatureMethod", signer.method().name());
        all.put("SignatureVersion", "2");
        all.put("Version", section.version());
        all.putAll(user);
        return new MwsCall(settings.baseUri(), section, action, all, credentials.accessKeyId(), seller, feed,
                settings.maxThrottleWait(), settings.buckets());
    }

    /**
     * Sends a call whose answer is an XML document, read into memory up to {@code maxResponseSize}.
     *
     * @param  call         the call
     * @return              the successful answer
     * @throws MwsException for an error answer, an unusable answer or no answer
     */
    public MwsResponse execute(MwsCall call) {
        return send(call, (head, entity) -> new MwsResponse(call, head, readBody(call, head, entity)), true);
    }

    /**
     * Sends a call whose successful answer is streamed to a handler (GetReport, GetFeedSubmissionResult). Error
     * answers are read and raised as for {@link #execute(MwsCall)}. A failure inside the handler is not retried.
     *
     * @param  call         the call
     * @param  handler      receives the head and body stream of a 2xx answer
     * @return              what the handler returned
     * @throws MwsException for an error answer, no answer, or a handler failure
     */
    public <T> T stream(MwsCall call, RawResponseHandler<T> handler) {
        return send(call, (head, entity) -> {
            CountingInputStream counted = null;
            try (InputStream in = entity == null ? InputStream.nullInputStream() : entity.getContent()) {
                counted = new CountingInputStream(in == null ? InputStream.nullInputStream() : in);
                return handler.handle(head, counted);
            } catch (IOException e) {
                throw new MwsException("MWS " + call.operationName() + ": reading the " + head
                                       + " answer failed: " + masker.mask(e.getMessage()),
                        error(call, head, head.status()), e);
            } finally {
                if (counted != null) {
                    listener.onBytes(call, true, counted.count());
                }
            }
        }, false);
    }

    @FunctionalInterface
    private interface SuccessReader<T> {
        T read(MwsResponseHead head, HttpEntity entity) throws IOException;
    }

    private <T> T send(MwsCall call, SuccessReader<T> reader, boolean readerIoRetriable) {
        int attempt = 0;
        int retries = 0;
        int throttledResends = 0;
        MwsException previous = null; // the failed attempt this one re-sends, if any
        while (true) {
            attempt++;
            awaitPermit(call, previous);
            Instant sentAt = clock.instant();
            String timestamp = HttpDates.timestamp(sentAt);
            Map<String, String> params = new LinkedHashMap<>(call.parameters());
            params.put("Timestamp", timestamp);
            SignedQuery signed = signer.sign("POST", call.host(), call.path(), params);
            TrackedEntity body = entity(call, signed);
            HttpPost post = new HttpPost(requestUri(call, signed));
            post.setHeader("User-Agent", settings.userAgent());
            if (call.feed() == null) {
                post.setHeader("Content-Type", FORM_CONTENT_TYPE);
            }
            post.setEntity(body);
            post.setConfig(requestConfig);
            logRequest(call, attempt, timestamp, params);

            MwsResponseHead head = null;
            boolean reported = false; // the attempt's outcome went to the listener (once per attempt)
            try (ClassicHttpResponse response = http.executeOpen(null, post, null)) {
                head = head(response, timestamp);
                logResponse(call, head, sentAt);
                skewMonitor.observe(call, head);
                pacer.afterResponse(call, head);
                if (call.feed() != null) {
                    listener.onBytes(call, false, body.getContentLength());
                }
                if (head.isSuccess()) {
                    reported = true;
                    attemptEnded(call, attempt, head, MwsAttempt.SUCCESS, head.requestId(), timestamp, sentAt);
                    return reader.read(head, response.getEntity());
                }
                MwsException failure = readError(call, head, response.getEntity(), attempt,
                        masker.with(signed.signature()));
                reported = true;
                attemptEnded(call, attempt, head, failure.getCode() != null ? failure.getCode()
                        : "HTTP " + head.status(), failure.getRequestId(), timestamp, sentAt);
                if (failure instanceof MwsThrottledException throttled) {
                    if (throttledResends < MAX_THROTTLED_RESENDS && onThrottled(call, throttled)) {
                        throttledResends++;
                        listener.onRetry(call, throttled.getCode());
                        LOG.debug("MWS {} throttled ({}): sending again after pacing", call.operationName(),
                                throttled.getCode());
                        previous = throttled;
                        continue;
                    }
                    throw throttled;
                }
                if (ErrorClassifier.isTimestampRejection(failure)) {
                    skewMonitor.timestampRejected(call, head, failure.getCode());
                }
                if (ErrorClassifier.isRetriable(failure) && !call.action().isSubmitFeed()
                        && settings.retryPolicy().allowsRetry(retries)) {
                    retries++;
                    listener.onRetry(call, failure.getCode() != null ? failure.getCode() : "HTTP " + head.status());
                    backOff(call, retries, failure.getMessage());
                    previous = failure;
                    continue;
                }
                throw failure;
            } catch (IOException e) {
                if (!reported) {
                    attemptEnded(call, attempt, head, MwsAttempt.IO_ERROR, head != null ? head.requestId() : null,
                            timestamp, sentAt);
                }
                boolean bodySent = head != null || body.started();
                if (call.action().isSubmitFeed() && bodySent) {
                    throw new MwsSubmissionUncertainException("MWS " + call.operationName()
                                                              + " failed after the feed was sent: "
                                                              + describe(e, head)
                                                              + ". The feed may have been accepted: it is not sent"
                                                              + " again; check GetFeedSubmissionList before"
                                                              + " resubmitting it",
                            error(call, head, head != null ? head.status() : 0, timestamp), e);
                }
                boolean retriable = isRetriable(e) && (head == null || readerIoRetriable);
                if (retriable && settings.retryPolicy().allowsRetry(retries)) {
                    retries++;
                    listener.onRetry(call, MwsAttempt.IO_ERROR);
                    backOff(call, retries, describe(e, head));
                    continue;
                }
                throw ioFailure(call, head, timestamp, e, attempt);
            }
        }
    }

    /**
     * Waits for the pacer's permit. When none comes within the call's maxThrottleWait, a first attempt fails with a
     * throttled exception saying it was not sent; a re-send fails with what the server answered the attempt before
     * (RequestThrottled, QuotaExceeded, InternalError, ...), which says more, the unsent re-send attached to it.
     */
    private void awaitPermit(MwsCall call, MwsException previous) {
        try {
            long start = System.nanoTime();
            pacer.beforeSend(call);
            listener.onPermit(call, Duration.ofNanos(System.nanoTime() - start));
        } catch (ThrottleTimeoutException e) {
            MwsThrottledException notSent = new MwsThrottledException("MWS " + call.operationName() + " not sent: "
                                                                      + e.getMessage() + " (maxThrottleWait "
                                                                      + call.maxThrottleWait() + ")",
                    MwsError.noAnswer(call.operationName(), null), e);
            if (previous != null) {
                previous.addSuppressed(notSent);
                throw previous;
            }
            throw notSent;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MwsException("MWS " + call.operationName() + ": interrupted while waiting for a throttling permit",
                    MwsError.noAnswer(call.operationName(), null), e);
        }
    }

    private void attemptEnded(MwsCall call, int attempt, MwsResponseHead head, String outcome, String requestId,
                              String timestamp, Instant sentAt) {
        Duration latency = Duration.between(sentAt, head != null ? head.receivedAt() : clock.instant());
        listener.onAttempt(new MwsAttempt(call, attempt, head != null ? head.status() : 0, outcome, requestId,
                timestamp, latency));
    }

    private boolean onThrottled(MwsCall call, MwsThrottledException throttled) {
        try {
            return pacer.onThrottled(call, throttled);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw throttled;
        }
    }

    private void backOff(MwsCall call, int retry, String reason) {
        Duration delay = settings.retryPolicy().delayBefore(retry);
        // DEBUG: in an outage every call retries; the retries are counted by the metrics, the final failure is
        // logged by Camel
        LOG.debug("MWS {} retry {}/{} in {} ms: {}", call.operationName(), retry,
                settings.retryPolicy().maxRetries(), delay.toMillis(), reason);
        try {
            TimeUnit.MILLISECONDS.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MwsException("MWS " + call.operationName() + ": interrupted while waiting to retry (" + reason + ")",
                    MwsError.noAnswer(call.operationName(), null), e);
        }
    }

    private URI requestUri(MwsCall call, SignedQuery signed) {
        String base = call.baseUri().getScheme() + "://" + call.baseUri().getRawAuthority() + call.path();
        // SubmitFeed: every parameter goes in the query string, the body is the feed
        return URI.create(call.feed() != null ? base + "?" + signed.encoded() : base);
    }

    private static TrackedEntity entity(MwsCall call, SignedQuery signed) {
        if (call.feed() != null) {
            FeedBody feed = call.feed();
            return new TrackedEntity(new FeedFileEntity(feed.file().toFile(), ContentType.parse(feed.contentType())));
        }
        return new TrackedEntity(new ByteArrayEntity(
                signed.encoded().getBytes(StandardCharsets.US_ASCII), null));
    }

    private MwsResponseHead head(ClassicHttpResponse response, String timestamp) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : response.getHeaders()) {
            headers.putIfAbsent(h.getName(), h.getValue());
        }
        return new MwsResponseHead(response.getCode(), response.getReasonPhrase(), headers, timestamp,
                clock.instant());
    }

    private byte[] readBody(MwsCall call, MwsResponseHead head, HttpEntity entity) throws IOException {
        byte[] bytes = readLimited(head, entity, settings.maxResponseSize());
        if (bytes == null) {
            throw tooLarge(call, head);
        }
        return bytes;
    }

    private MwsException readError(MwsCall call, MwsResponseHead head, HttpEntity entity, int attempts,
                                   SecretMasker attemptMasker)
            throws IOException {
        byte[] bytes = readLimited(head, entity, settings.maxResponseSize());
        if (bytes == null) {
            return ErrorClassifier.classify(call, head, null, "the body is larger than maxResponseSize ("
                                                              + settings.maxResponseSize() + " bytes)",
                    attempts, attemptMasker);
        }
        ErrorResponse error = null;
        String diagnosis = null;
        BodyDiagnostics.Kind kind = BodyDiagnostics.classify(bytes);
        if (kind == BodyDiagnostics.Kind.XML) {
            try {
                error = parser.parseError(bytes);
                if (error == null) {
                    diagnosis = "the body is XML but not an MWS ErrorResponse; body starts with: "
                                + BodyDiagnostics.prefix(bytes);
                }
            } catch (MwsXmlException | IllegalArgumentException e) {
                diagnosis = "the ErrorResponse cannot be read: " + e.getMessage();
            }
        } else {
            diagnosis = BodyDiagnostics.describe(bytes);
        }
        if (diagnosis != null) {
            diagnosis = attemptMasker.mask(diagnosis) + " (" + (head.contentType() != null
                    ? "Content-Type " + head.contentType() : "no Content-Type") + ", " + bytes.length + " bytes)";
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("MWS {} error body: {}", call.operationName(),
                    attemptMasker.mask(new String(bytes, 0, Math.min(bytes.length, 2048), head.charset(
                            StandardCharsets.UTF_8))));
        }
        return ErrorClassifier.classify(call, head, error, diagnosis, attempts, attemptMasker);
    }

    /** @return the body, or null when it is larger than the limit */
    private static byte[] readLimited(MwsResponseHead head, HttpEntity entity, long limit) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        long declared = entity.getContentLength();
        if (declared > limit) {
            return null;
        }
        int cap = (int) Math.min(limit, Integer.MAX_VALUE - 16);
        try (InputStream in = entity.getContent()) {
            if (in == null) {
                return new byte[0];
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > cap) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private MwsException tooLarge(MwsCall call, MwsResponseHead head) {
        long declared = head.contentLength();
        return new MwsException("MWS " + call.operationName() + " failed: the " + head + " answer is larger than"
                                + " maxResponseSize (" + settings.maxResponseSize() + " bytes"
                                + (declared >= 0 ? "; Content-Length " + declared : "")
                                + "). Raise maxResponseSize or ask for smaller pages"
                                + error(call, head, head.status()).trace(),
                error(call, head, head.status()));
    }

    private static boolean isRetriable(IOException e) {
        if (e instanceof UnknownHostException || e instanceof SSLException) {
            return false; // configuration problems: the same request fails the same way
        }
        if (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)) {
            return false; // the thread was interrupted or the request aborted
        }
        return true;
    }

    private MwsException ioFailure(MwsCall call, MwsResponseHead head, String timestamp, IOException e, int attempts) {
        String after = attempts > 1 ? " (after " + attempts + " attempts)" : "";
        if (head != null) {
            return new MwsException("MWS " + call.operationName() + " failed: " + describe(e, head) + after
                                    + error(call, head, head.status()).trace(),
                    error(call, head, head.status()), e);
        }
        MwsError details = error(call, null, 0, timestamp);
        return new MwsServiceUnavailableException("MWS " + call.operationName() + " failed: " + describe(e, null)
                                                  + after + details.trace(),
                details, e, attempts);
    }

    private String describe(IOException e, MwsResponseHead head) {
        String msg = masker.mask(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        if (head != null) {
            return "the " + head + " answer was cut off: " + msg;
        }
        return "no answer from " + settings.baseUri().getScheme() + "://" + settings.baseUri().getRawAuthority()
               + ": " + e.getClass().getSimpleName() + ": " + msg;
    }

    private static MwsError error(MwsCall call, MwsResponseHead head, int status) {
        return error(call, head, status, head != null ? head.requestTimestamp() : null);
    }

    private static MwsError error(MwsCall call, MwsResponseHead head, int status, String timestamp) {
        return new MwsError(call.operationName(), status, null, null, null, head != null ? head.requestId() : null,
                head != null ? head.timestamp() : timestamp);
    }

    private void logRequest(MwsCall call, int attempt, String timestamp, Map<String, String> params) {
        if (LOG.isDebugEnabled()) {
            String shown = params.entrySet().stream()
                    .filter(e -> !"Timestamp".equals(e.getKey()))
                    .map(e -> e.getKey() + "=" + (MASKED_PARAMETERS.contains(e.getKey())
                            ? SecretMasker.MASK : masker.mask(e.getValue())))
                    .collect(Collectors.joining("&"));
            LOG.debug("MWS request {} attempt {}: POST {}://{}{} Timestamp={} {}", call.operationName(), attempt,
                    call.baseUri().getScheme(), call.host(), call.path(), timestamp,
                    call.feed() != null ? shown + " feed=" + call.feed().file().getFileName() : shown);
        }
    }

    private static void logResponse(MwsCall call, MwsResponseHead head, Instant sentAt) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("MWS response {}: {} RequestId={} Timestamp={} request Timestamp={} in {} ms",
                    call.operationName(), head, head.requestId(), head.mwsTimestamp(), head.requestTimestamp(),
                    Duration.between(sentAt, head.receivedAt()).toMillis());
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "MwsClient[" + settings.baseUri() + ", " + credentials + "]";
    }

    /** Counts the bytes read through it. */
    static final class CountingInputStream extends java.io.FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

        long count() {
            return count;
        }
    }

    /** Remembers whether the body started to be written, to know whether a failed SubmitFeed may have arrived. */
    static final class TrackedEntity extends HttpEntityWrapper {
        private volatile boolean started;

        TrackedEntity(HttpEntity entity) {
            super(entity);
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            started = true;
            super.writeTo(out);
        }

        boolean started() {
            return started;
        }
    }
}
