package org.apache.camel.component.mws.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A small MWS stand-in on the loopback interface for component tests: records every request byte for byte and answers
 * with scripted responses (queued ones first, then a default responder). It can also misbehave the ways real
 * networks and proxies do: cut a body short, or drop the connection without answering.
 */
public final class StubMwsServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<StubResponse> queue = new ConcurrentLinkedQueue<>();
    private volatile Function<RecordedRequest, StubResponse> responder = r -> StubResponse.defaultAnswer(r);

    public StubMwsServer() throws IOException {
        this(null);
    }

    /**
     * @param tls the server's TLS context for an HTTPS stub, or null for plain HTTP
     */
    public StubMwsServer(SSLContext tls) throws IOException {
        if (tls != null) {
            HttpsServer https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
        } else {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /**
     * @return {@code http://127.0.0.1:<port>} (https for a TLS stub)
     */
    public String baseUrl() {
        return (server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Answers the next requests with these responses, in order, before the default responder takes over.
     */
    public StubMwsServer enqueue(StubResponse... responses) {
        queue.addAll(List.of(responses));
        return this;
    }

    /**
     * Sets the answer for requests when the queue is empty.
     */
    public StubMwsServer respondWith(Function<RecordedRequest, StubResponse> responder) {
        this.responder = responder;
        return this;
    }

    public List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public RecordedRequest lastRequest() {
        List<RecordedRequest> all = requests();
        if (all.isEmpty()) {
            throw new AssertionError("the stub MWS server received no request");
        }
        return all.get(all.size() - 1);
    }

    public void reset() {
        requests.clear();
        queue.clear();
        responder = r -> StubResponse.defaultAnswer(r);
    }

    private void handle(HttpExchange exchange) throws IOException {
        RecordedRequest request;
        try (InputStream in = exchange.getRequestBody()) {
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            request = new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), headers, in.readAllBytes());
        }
        requests.add(request);
        StubResponse response = queue.poll();
        if (response == null) {
            response = responder.apply(request);
        }
        respond(exchange, response);
    }

    private static void respond(HttpExchange exchange, StubResponse response) throws IOException {
        if (response.fault() == StubResponse.Fault.DROP_CONNECTION) {
            // closing before any status line: the client sees the connection end with no answer
            exchange.close();
            return;
        }
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        if (!exchange.getResponseHeaders().containsKey("x-mws-timestamp") && response.addTimestamp()) {
            exchange.getResponseHeaders().add("x-mws-timestamp", Instant.now().toString());
        }
        byte[] body = response.body();
        if (response.fault() == StubResponse.Fault.TRUNCATE) {
            // announce the whole body, send half of it, then close the connection
            exchange.sendResponseHeaders(response.status(), body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, body.length / 2);
            out.flush();
            // "insufficient bytes written": the server drops the connection, which is the point
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /**
     * A request as the server received it.
     */
    public record RecordedRequest(String method, String path, String rawQuery, Map<String, String> headers,
            byte[] body) {

        public String bodyAsString() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        /**
         * @return the form parameters of the body (POST) or of the query string (SubmitFeed), decoded
         */
        public Map<String, String> parameters() {
            String form = rawQuery != null && !rawQuery.isEmpty() ? rawQuery : bodyAsString();
            return FormParameters.parse(form);
        }

        public String parameter(String name) {
            return parameters().get(name);
        }
    }
}
