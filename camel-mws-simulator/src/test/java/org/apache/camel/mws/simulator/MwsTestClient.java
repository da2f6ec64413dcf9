package org.apache.camel.mws.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.apache.camel.mws.simulator.account.DeveloperAccount;
import org.apache.camel.mws.simulator.http.FormEncoding;
import org.apache.camel.mws.simulator.http.SignatureV2;

/** A small signing MWS client over java.net.http, for the simulator's own tests. */
public final class MwsTestClient {

    public static final String USER_AGENT = "SimulatorTests/1.0 (Language=Java/17; Platform=Linux)";

    private final HttpClient http;
    private final String baseUrl;
    private final DeveloperAccount developer;
    private final String sellerId;

    public MwsTestClient(MwsSimulator sim, boolean https) {
        this(sim, https, sim.developer(), sim.sellerId());
    }

    public MwsTestClient(MwsSimulator sim, boolean https, DeveloperAccount developer, String sellerId) {
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5));
        if (https) {
            b.sslContext(sim.clientSslContext());
        }
        this.http = b.build();
        this.baseUrl = https ? sim.httpsBaseUrl() : sim.httpBaseUrl();
        this.developer = developer;
        this.sellerId = sellerId;
    }

    /** The common parameters of a request (not signed yet). */
    public Map<String, String> params(String action, String version) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("AWSAccessKeyId", developer.accessKeyId());
        p.put("Action", action);
        p.put("SellerId", sellerId);
        p.put("SignatureMethod", "HmacSHA256");
        p.put("SignatureVersion", "2");
        p.put("Timestamp", DateTimeFormatter.ISO_INSTANT.format(Instant.now()));
        p.put("Version", version);
        return p;
    }

    /** Signs with the developer's secret for {@code host} (the Host header is always 127.0.0.1:port). */
    public Map<String, String> sign(String method, String signedHost, String path, Map<String, String> params,
            String secret) {
        Map<String, String> signed = new LinkedHashMap<>(params);
        signed.put("Signature", SignatureV2.sign(params.getOrDefault("SignatureMethod", "HmacSHA256"),
                secret == null ? developer.secretKey() : secret, method, signedHost, path, params));
        return signed;
    }

    public String hostWithPort() {
        return URI.create(baseUrl).getAuthority();
    }

    public static String encode(Map<String, String> params) {
        StringJoiner j = new StringJoiner("&");
        params.forEach((k, v) -> j.add(FormEncoding.encode(k) + "=" + FormEncoding.encode(v)));
        return j.toString();
    }

    /** POSTs the signed form (host signed with its port). */
    public HttpResponse<String> post(String path, Map<String, String> params) throws IOException, InterruptedException {
        return postForm(path, encode(sign("POST", hostWithPort(), path, params, null)), USER_AGENT);
    }

    public HttpResponse<String> postForm(String path, String form, String userAgent)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        if (userAgent != null) {
            b.header("User-Agent", userAgent);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path, String query, String userAgent)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path + "?" + query)).GET();
        if (userAgent != null) {
            b.header("User-Agent", userAgent);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return http.send(request, handler);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The text of the first element {@code name} in {@code xml}, or null. */
    public static String element(String xml, String name) {
        int start = xml.indexOf("<" + name + ">");
        if (start < 0) {
            return null;
        }
        int end = xml.indexOf("</" + name + ">", start);
        return xml.substring(start + name.length() + 2, end);
    }
}
