package org.apache.camel.mws.simulator.http;

import static org.apache.camel.mws.simulator.MwsTestClient.element;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;

import javax.net.ssl.SSLHandshakeException;

import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsTestClient;
import org.apache.camel.mws.simulator.RawHttp;
import org.apache.camel.mws.simulator.spi.SimResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTPS, plain-HTTP refusal, keep-alive, request body framings, streaming of big raw bodies. */
class ConnectionHandlingTest {

    private static final long BIG = 64L * 1024 * 1024;
    static MwsSimulator sim;

    @BeforeAll
    static void start() {
        sim = MwsSimulator.builder().marketplace(false).serverThrottling(false)
                .handler("Orders", "ListOrders", r -> new SimResponse.XmlResult("<Orders/>"))
                .handler("Reports", "GetReport", r -> new SimResponse.RawBody("text/plain", BIG, "unused",
                        out -> {
                            byte[] chunk = new byte[64 * 1024];
                            Arrays.fill(chunk, (byte) 'a');
                            for (long n = 0; n < BIG; n += chunk.length) {
                                out.write(chunk);
                            }
                        }))
                .handler("Reports", "GetReportCount", r -> new SimResponse.RawBody("text/plain", 100, null,
                        out -> out.write(new byte[10]))) // a buggy handler: fewer bytes than declared
                .handler("Feeds", "SubmitFeed", r -> {
                    try {
                        byte[] md5 = MessageDigest.getInstance("MD5").digest(Files.readAllBytes(r.feedBody()));
                        return new SimResponse.XmlResult("<Size>" + Files.size(r.feedBody()) + "</Size><Md5>"
                                + java.util.Base64.getEncoder().encodeToString(md5) + "</Md5>");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .build().start();
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @Test
    void httpsWorksWithAClientThatTrustsTheSimulatorsCertificate() throws Exception {
        MwsTestClient c = new MwsTestClient(sim, true);
        HttpResponse<String> r = c.post("/Orders/2013-09-01", c.params("ListOrders", "2013-09-01"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(c.baseUrl().startsWith("https://127.0.0.1:"));
        HttpClient untrusting = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        assertThrows(SSLHandshakeException.class, () -> untrusting.send(HttpRequest.newBuilder(
                URI.create(sim.httpsBaseUrl() + "/")).build(), HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void refusesPlainHttpLikeProduction() throws Exception {
        try (MwsSimulator strict = MwsSimulator.builder().marketplace(false).refusePlainHttp(true)
                .handler("Orders", "ListOrders", r -> new SimResponse.XmlResult("<Orders/>")).build().start()) {
            MwsTestClient plain = new MwsTestClient(strict, false);
            HttpResponse<String> r = plain.post("/Orders/2013-09-01", plain.params("ListOrders", "2013-09-01"));
            assertEquals(401, r.statusCode());
            assertEquals("AccessDenied", element(r.body(), "Code"));
            assertEquals(r.headers().firstValue("x-mws-request-id").orElseThrow(), element(r.body(), "RequestID"));
            MwsTestClient secure = new MwsTestClient(strict, true);
            assertEquals(200, secure.post("/Orders/2013-09-01", secure.params("ListOrders", "2013-09-01")).statusCode());
        }
    }

    @Test
    void keepsConnectionsAliveAcrossRequests() throws Exception {
        MwsTestClient c = new MwsTestClient(sim, false);
        try (RawHttp raw = new RawHttp(sim.httpPort())) {
            for (int i = 0; i < 5; i++) {
                String form = MwsTestClient.encode(c.sign("POST", c.hostWithPort(), "/Orders/2013-09-01",
                        c.params("ListOrders", "2013-09-01"), null));
                RawHttp.Response r = raw.post("/Orders/2013-09-01", c.hostWithPort(), form);
                assertEquals(200, r.status(), r.text());
                assertTrue(r.complete());
            }
        }
    }

    @Test
    void submitFeedWithExpectContinueAndChunkedBody() throws Exception {
        MwsTestClient c = new MwsTestClient(sim, false);
        Map<String, String> p = c.params("SubmitFeed", "2009-01-01");
        p.put("FeedType", "_POST_PRODUCT_DATA_");
        String query = MwsTestClient.encode(c.sign("POST", c.hostWithPort(), "/Feeds/2009-01-01", p, null));
        byte[] feed = "<AmazonEnvelope><Message/></AmazonEnvelope>".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket("127.0.0.1", sim.httpPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write(("POST /Feeds/2009-01-01?" + query + " HTTP/1.1\r\nHost: " + c.hostWithPort()
                    + "\r\nContent-Type: text/xml\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            assertEquals("HTTP/1.1 100 Continue", reader.readLine(), "the server asks for the body once authorized");
            assertEquals("", reader.readLine());
            for (int off = 0; off < feed.length; off += 10_000) {
                int n = Math.min(10_000, feed.length - off);
                out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(feed, off, n);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            assertEquals("HTTP/1.1 200 OK", reader.readLine());
            StringBuilder rest = new StringBuilder();
            for (String line; (line = reader.readLine()) != null;) {
                rest.append(line);
                if (line.contains("</SubmitFeedResponse>")) {
                    break;
                }
            }
            assertTrue(rest.toString().contains("<Size>" + feed.length + "</Size>"), rest.toString());
            String md5 = java.util.Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(feed));
            assertTrue(rest.toString().contains("<Md5>" + md5 + "</Md5>"));
        }
    }

    @Test
    void aRefusedFeedIsNeverRead() throws Exception {
        MwsTestClient c = new MwsTestClient(sim, false);
        Map<String, String> p = c.params("SubmitFeed", "2009-01-01");
        String query = MwsTestClient.encode(c.sign("POST", c.hostWithPort(), "/Feeds/2009-01-01", p, "x".repeat(40)));
        try (Socket s = new Socket("127.0.0.1", sim.httpPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("POST /Feeds/2009-01-01?" + query + " HTTP/1.1\r\nHost: " + c.hostWithPort()
                    + "\r\nContent-Type: text/xml\r\nContent-Length: 1000000000\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            BufferedReader reader = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("HTTP/1.1 403 Forbidden", reader.readLine());
            StringBuilder all = new StringBuilder();
            for (String line; (line = reader.readLine()) != null;) {
                all.append(line).append('\n');
            }
            assertTrue(all.toString().contains("Connection: close"), all.toString());
            assertTrue(all.toString().contains("<Code>SignatureDoesNotMatch</Code>"), all.toString());
        }
    }

    @Test
    void aBodyShorterThanDeclaredResetsTheConnection() throws Exception {
        MwsTestClient c = new MwsTestClient(sim, false);
        String form = MwsTestClient.encode(c.sign("POST", c.hostWithPort(), "/Reports/2009-01-01",
                c.params("GetReportCount", "2009-01-01"), null));
        try (RawHttp raw = new RawHttp(sim.httpPort())) {
            RawHttp.Response r = raw.post("/Reports/2009-01-01", c.hostWithPort(), form);
            assertEquals(100, r.contentLength());
            assertFalse(r.complete());
        }
        var last = sim.requests().requests(x -> "GetReportCount".equals(x.action()));
        assertEquals(MwsRequestHandler.INCOMPLETE_BODY, last.get(last.size() - 1).outcome());
    }

    @Test
    void servesConcurrentRequests() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                boolean https = t % 2 == 0;
                results.add(pool.submit(() -> {
                    MwsTestClient c = new MwsTestClient(sim, https);
                    int ok = 0;
                    for (int i = 0; i < 25; i++) {
                        if (c.post("/Orders/2013-09-01", c.params("ListOrders", "2013-09-01")).statusCode() == 200) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            for (var r : results) {
                assertEquals(25, r.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void otherHttpMethodsAreRefused() throws Exception {
        HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(sim.httpBaseUrl() + "/Orders/2013-09-01"))
                        .method("DELETE", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode());
        assertEquals("InvalidRequest", element(r.body(), "Code"));
    }

    @Test
    void malformedRequestsGetA400() throws Exception {
        try (Socket s = new Socket("127.0.0.1", sim.httpPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write("NONSENSE\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            BufferedReader reader = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("HTTP/1.1 400 Bad Request", reader.readLine());
        }
    }

    @Test
    void streamsABigRawBodyWithItsFullContentLength() throws Exception {
        MwsTestClient c = new MwsTestClient(sim, false);
        Map<String, String> p = c.params("GetReport", "2009-01-01");
        p.put("ReportId", "1");
        String form = MwsTestClient.encode(c.sign("POST", c.hostWithPort(), "/Reports/2009-01-01", p, null));
        HttpResponse<InputStream> r = c.send(HttpRequest.newBuilder(URI.create(c.baseUrl() + "/Reports/2009-01-01"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        assertEquals(String.valueOf(BIG), r.headers().firstValue("Content-Length").orElseThrow());
        assertEquals("unused", r.headers().firstValue("Content-MD5").orElseThrow());
        long total = 0;
        byte[] buf = new byte[256 * 1024];
        try (InputStream in = r.body()) {
            for (int n; (n = in.read(buf)) >= 0;) {
                total += n;
            }
        }
        assertEquals(BIG, total);
        assertNotEquals(null, r.headers().firstValue("x-mws-request-id").orElse(null));
    }
}
