package org.apache.camel.mws.benchmarks.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.MwsComponent;
import org.apache.camel.component.mws.MwsConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.spi.SimResponse;

/**
 * Scenario 6: bad input of every kind - wrong URIs and options, wrong credentials, wrong parameters, and answers a
 * server should never send - run for real through a Camel route against the simulator (and, for a proxy's HTML
 * page, a loopback HTTP server). For each it prints the exception a route gets and its message, and whether that
 * message is clear: it names the problem (the case's keywords) and was written by the component or Camel, not a
 * raw library exception passed through.
 */
public class BadInputScenario implements Scenario {

    /** A library exception's class name showing through a message, e.g. "javax.xml.stream.XMLStreamException:". */
    private static final Pattern RAW_LIBRARY = Pattern.compile(
            "\\b(java|javax|jakarta|com\\.ctc|com\\.sun|org\\.apache\\.hc|org\\.glassfish|org\\.xml)\\.[\\w.$]+(Exception|Error)\\b");

    private MwsSimulator sim;
    private MwsSimulator hostile;
    private final AtomicReference<SimResponse> hostileAnswer = new AtomicReference<>();
    private HttpServer proxy;
    private String createdAfter;

    @Override
    public String name() {
        return "badinput";
    }

    @Override
    public String title() {
        return "bad input table: the exact error of each bad URI, option, credential, parameter and answer";
    }

    @Override
    public int order() {
        return 60;
    }

    /** One bad input: how it is made, and the words a clear error must contain. */
    private record Case(String input, List<String> keywords, Attempt attempt) {
    }

    @FunctionalInterface
    private interface Attempt {
        Throwable run() throws Exception;
    }

    @Override
    public void run(Size size, ScenarioReport report) throws Exception {
        // Camel logs each failed exchange and route with its stack trace; the table shows what a route gets instead
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.camel"))
                .setLevel(ch.qos.logback.classic.Level.OFF);
        // no server throttling: every case must reach the check it is about
        sim = MwsSimulator.builder().sellers(2).ordersPerSeller(300).serverThrottling(false).start();
        hostile = MwsSimulator.builder().serverThrottling(false)
                .handler("Orders", "ListOrders", r -> hostileAnswer.get()).start();
        proxy = startProxy();
        createdAfter = sim.market().epoch().minus(Duration.ofDays(400)).toString();
        try {
            List<List<String>> rows = new ArrayList<>();
            int clear = 0;
            int n = 0;
            for (Case c : cases()) {
                n++;
                Throwable t;
                try {
                    t = c.attempt().run();
                } catch (Exception e) {
                    t = e;
                }
                Verdict v = judge(t, c.keywords());
                if (v.clear) {
                    clear++;
                }
                rows.add(List.of(String.valueOf(n), c.input(), v.exception, v.message, v.clear ? "yes" : "NO: " + v.why));
            }
            report.table(List.of("#", "bad input", "exception the route gets", "message", "clear"), rows);
            report.figure("bad inputs", "%d, clear errors: %d, unclear: %d", n, clear, n - clear);
            report.goal("every error clear", "(" + n + " of " + n + ")", clear == n);
        } finally {
            proxy.stop(0);
            hostile.close();
            sim.close();
        }
    }

    private record Verdict(String exception, String message, boolean clear, String why) {
    }

    /**
     * Picks the exception a user would read: going down the chain from the one the route gets, past Camel's generic
     * wrappers (a route that failed to start quotes its whole definition), the first one Camel or the component
     * wrote whose message names the problem, else the first one it wrote; and judges its message.
     */
    static Verdict judge(Throwable top, List<String> keywords) {
        if (top == null) {
            return new Verdict("(none)", "the bad input was accepted without an error", false, "no error");
        }
        Throwable firstWritten = null;
        Throwable naming = null;
        for (Throwable t = top; t != null && naming == null; t = t.getCause()) {
            if (WRAPPERS.contains(t.getClass().getSimpleName()) || !writtenByCamel(t)) {
                continue;
            }
            if (firstWritten == null) {
                firstWritten = t;
            }
            if (missing(t, keywords).isEmpty()) {
                naming = t;
            }
        }
        Throwable shown = naming != null ? naming : firstWritten != null ? firstWritten : top;
        String message = String.valueOf(shown.getMessage());
        String name = shown.getClass().getSimpleName() + (shown == top ? "" : " (in " + top.getClass().getSimpleName() + ")");
        List<String> missing = missing(shown, keywords);
        String why = null;
        if (!writtenByCamel(shown)) {
            why = "raw " + shown.getClass().getName();
        } else if (RAW_LIBRARY.matcher(message).find()) {
            why = "a library exception shows through";
        } else if (!missing.isEmpty()) {
            why = "does not name " + missing;
        }
        return new Verdict(name, shorten(message, 420), why == null, why);
    }

    private static final List<String> WRAPPERS = List.of("FailedToCreateRouteException", "FailedToStartRouteException",
            "RuntimeCamelException");

    private static List<String> missing(Throwable t, List<String> keywords) {
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        return keywords.stream().filter(k -> !message.contains(k.toLowerCase(Locale.ROOT))).toList();
    }

    private static boolean writtenByCamel(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("org.apache.camel.")
                || t.getClass().getName().startsWith("org.apache.camel.") && trace.length == 0;
    }

    private static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() <= max ? one : one.substring(0, max) + " ...";
    }

    private List<Case> cases() {
        String list = "Orders/ListOrders";
        Map<String, Object> window = Map.of("CreatedAfter", createdAfter);
        List<Case> cases = new ArrayList<>();
        // the URI and the options: caught when the route starts
        cases.add(start("unknown section `mws:Ordrs/ListOrders`", "mws:Ordrs/ListOrders", "Ordrs", "Valid sections"));
        cases.add(start("unknown action `mws:Orders/ListOrder`", "mws:Orders/ListOrder", "ListOrder", "Valid actions"));
        cases.add(start("no action `mws:Orders`", "mws:Orders", "mws:<section>/<Action>"));
        cases.add(startWith("no `accessKeyId`", c -> c.setAccessKeyId(null), mws(list), "accessKeyId"));
        cases.add(startWith("no `secretKey`", c -> c.setSecretKey(null), mws(list), "secretKey"));
        cases.add(startWith("no `sellerId`", c -> c.setSellerId(null), mws(list), "sellerId"));
        cases.add(start("unknown marketplace `marketplace=XX`", mws(list, "marketplace=XX"), "XX", "marketplace"));
        cases.add(start("marketplaces of two regions `marketplace=US,JP`", mws(list, "marketplace=US,JP"), "US", "JP"));
        cases.add(start("`signatureMethod=HmacMD5`", mws(list, "signatureMethod=HmacMD5"), "HmacMD5", "signatureMethod"));
        cases.add(start("`resultFormat=json`", mws(list, "resultFormat=json"), "json", "resultFormat"));
        cases.add(start("`socketTimeout=-5`", mws(list, "socketTimeout=-5"), "socketTimeout", "-5"));
        cases.add(start("`maxRetries=-1`", mws(list, "maxRetries=-1"), "maxRetries", "-1"));
        cases.add(start("`retryBackoff=1s,soon`", mws(list, "retryBackoff=1s,soon"), "retryBackoff", "soon"));
        cases.add(start("`retryJitter=2`", mws(list, "retryJitter=2"), "retryJitter", "2"));
        cases.add(start("`endpoint=not a url`", mws(list, "endpoint=not a url"), "endpoint", "not a url"));
        cases.add(start("plain HTTP to a remote host `endpoint=http://mws.example.com`",
                mws(list, "endpoint=http://mws.example.com"), "allowInsecureHttp"));
        cases.add(start("`maxResponseSize=0`", mws(list, "maxResponseSize=0"), "maxResponseSize"));
        cases.add(start("unknown option `fooBar=1`", mws(list, "fooBar=1"), "fooBar"));
        cases.add(start("unknown option value type `throttling=maybe`", mws(list, "throttling=maybe"), "throttling",
                "maybe"));
        cases.add(consumer("consumer with `initialStart=yesterday`", mws(list, "initialStart=yesterday"), "initialStart",
                "yesterday"));
        cases.add(consumer("consumer of an action that cannot be polled (`from(\"mws:Orders/GetOrder\")`)",
                mws("Orders/GetOrder"), "GetOrder"));
        // the request: caught when it is built, or answered by the simulator
        cases.add(send("reserved parameter `parameters.Signature=abc`", mws(list, "parameters.Signature=abc"), window,
                "Signature"));
        cases.add(new Case("`CamelMwsParameters` header is a String", List.of("CamelMwsParameters"),
                () -> sendRaw(mws(list), null,
                        c -> c.getMessage().setHeader("CamelMwsParameters", "CreatedAfter=" + createdAfter))));
        cases.add(sendWith("wrong `secretKey`", c -> c.setSecretKey("Wrong" + c.getSecretKey()), mws(list), window,
                "SignatureDoesNotMatch"));
        cases.add(sendWith("unknown `accessKeyId`", c -> c.setAccessKeyId("AKIAUNKNOWN00000"), mws(list), window,
                "InvalidAccessKeyId"));
        String otherSeller = sim.accounts().sellers().get(1).sellerId();
        cases.add(sendWith("another seller's `sellerId` without its `mwsAuthToken`", c -> c.setSellerId(otherSeller),
                mws(list), window, "AccessDenied"));
        cases.add(sendWith("unknown `sellerId`", c -> c.setSellerId("A3NOSUCHSELLER"), mws(list), window,
                "AccessDenied", "seller"));
        cases.add(send("a marketplace the seller does not sell in (`marketplace=IN`)", mws(list, "marketplace=IN"), window,
                "A21TJRUUN4KGV"));
        cases.add(send("unparsable date `CreatedAfter=yesterday`", mws(list), Map.of("CreatedAfter", "yesterday"),
                "CreatedAfter", "yesterday"));
        cases.add(send("ListOrders without CreatedAfter or LastUpdatedAfter", mws(list), Map.of(), "CreatedAfter"));
        cases.add(send("`MaxResultsPerPage=500`", mws(list), Map.of("CreatedAfter", createdAfter, "MaxResultsPerPage", "500"),
                "MaxResultsPerPage"));
        cases.add(new Case("invalid `CamelMwsNextToken`", List.of("NextToken"),
                () -> sendRaw(mws(list), null, c -> c.getMessage().setHeader("CamelMwsNextToken", "bm90IGEgdG9rZW4="))));
        cases.add(send("GetReport of an unknown `ReportId`", mws("Reports/GetReport"), Map.of("ReportId", "999999999"),
                "999999999"));
        cases.add(send("SubmitFeed without a feed body", mws("Feeds/SubmitFeed", "feedType=_POST_PRODUCT_DATA_"), null,
                "feed"));
        cases.add(new Case("SubmitFeed without `feedType`", List.of("FeedType"),
                () -> sendRaw(mws("Feeds/SubmitFeed"), "<AmazonEnvelope/>", c -> {
                })));
        cases.add(new Case("server clock one hour ahead (Timestamp refused)", List.of("RequestExpired"), () -> {
            sim.faults().clockSkew(Duration.ofHours(1));
            try {
                return sendTo(sim, mws(list, "maxRetries=0"), window, c -> {
                });
            } finally {
                sim.faults().clockSkew(Duration.ZERO);
            }
        }));
        cases.add(new Case("nothing listening (connection refused)", List.of("no answer", "127.0.0.1"),
                () -> sendTo(sim, mws(list, "maxRetries=0", "endpoint=http://127.0.0.1:" + closedPort()), window, c -> {
                })));
        cases.add(new Case("answer slower than `socketTimeout=300`", List.of("timed out"), () -> {
            sim.faults().slowDelay(Duration.ofSeconds(2)).on("Orders", "ListOrders").next(Fault.SLOW_RESPONSE);
            try {
                return sendTo(sim, mws(list, "maxRetries=0", "socketTimeout=300"), window, c -> {
                });
            } finally {
                sim.reset();
            }
        }));
        cases.add(new Case("connection reset mid-body (truncated answer)", List.of("cut off"), () -> {
            sim.faults().on("Orders", "ListOrders").next(Fault.CONNECTION_RESET);
            try {
                return sendTo(sim, mws(list, "maxRetries=0"), window, c -> {
                });
            } finally {
                sim.reset();
            }
        }));
        cases.add(send("answer over `maxResponseSize=2048`", mws(list, "maxResponseSize=2048"), window, "maxResponseSize"));
        // answers no MWS server should send (the hostile simulator answers ListOrders with them, HTTP 200)
        cases.add(answer("malformed XML, complete document (mismatched tags)", "text/xml",
                "<?xml version=\"1.0\"?><ListOrdersResponse><ListOrdersResult><Orders></ListOrdersResult></Orders>"
                                                                                + "</ListOrdersResponse>",
                "malformed XML", "line 1"));
        cases.add(answer("malformed XML, never closed (mismatched tags)", "text/xml",
                "<?xml version=\"1.0\"?><ListOrdersResponse><ListOrdersResult><Orders></ListOrdersResult></Orders>",
                "truncated", "parser stopped"));
        cases.add(answer("HTML error page with status 200", "text/html",
                "<!DOCTYPE html><html><head><title>Service Maintenance</title></head><body>Back soon</body></html>",
                "HTML", "Service Maintenance"));
        cases.add(new Case("HTML page from a proxy, HTTP 502", List.of("HTML", "502"),
                () -> sendTo(sim, mws(list, "maxRetries=0", "endpoint=http://127.0.0.1:" + proxy.getAddress().getPort()),
                        window, c -> {
                        })));
        cases.add(answer("truncated XML (the body ends early)", "text/xml",
                "<?xml version=\"1.0\"?><ListOrdersResponse><ListOrdersResult><Orders><Order><AmazonOrderId>1",
                "truncated"));
        cases.add(answer("XXE: external entity in a DOCTYPE", "text/xml",
                "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                                                      + "<ListOrdersResponse><ListOrdersResult><Orders>&x;</Orders></ListOrdersResult></ListOrdersResponse>",
                "DOCTYPE"));
        cases.add(answer("entity expansion bomb (billion laughs)", "text/xml",
                "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                                                                     + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><ListOrdersResponse>&c;</ListOrdersResponse>",
                "DOCTYPE"));
        cases.add(answer("wrong charset: ISO-8859-1 bytes in a document declared UTF-8", "text/xml; charset=UTF-8",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListOrdersResponse><ListOrdersResult><Orders><Order>"
                                                                                      + "<AmazonOrderId>111-2222222-3333333</AmazonOrderId><BuyerName>Jos\u00e9 M\u00fcller</BuyerName>"
                                                                                      + "</Order></Orders></ListOrdersResult></ListOrdersResponse>",
                StandardCharsets.ISO_8859_1, "UTF-8"));
        cases.add(answer("empty body with status 200", "text/xml", "", "empty"));
        cases.add(answer("JSON instead of XML", "application/json", "{\"orders\":[]}", "not XML"));
        cases.add(answer("another operation's answer (GetOrderResponse)", "text/xml",
                "<?xml version=\"1.0\"?><GetOrderResponse><GetOrderResult><Orders/></GetOrderResult></GetOrderResponse>",
                "GetOrderResponse", "ListOrdersResponse"));
        cases.add(answer("unconvertible value (OrderTotal Amount `12,O0`)", "text/xml",
                "<?xml version=\"1.0\"?><ListOrdersResponse><ListOrdersResult><Orders><Order>"
                                                                                   + "<AmazonOrderId>111-2222222-3333333</AmazonOrderId><OrderTotal><CurrencyCode>USD</CurrencyCode>"
                                                                                   + "<Amount>12,O0</Amount></OrderTotal></Order></Orders></ListOrdersResult></ListOrdersResponse>",
                "Amount", "12,O0"));
        cases.add(answer("unparsable date (PurchaseDate `31/01/2017`)", "text/xml",
                "<?xml version=\"1.0\"?><ListOrdersResponse><ListOrdersResult><Orders><Order>"
                                                                                 + "<AmazonOrderId>111-2222222-3333333</AmazonOrderId><PurchaseDate>31/01/2017</PurchaseDate>"
                                                                                 + "</Order></Orders></ListOrdersResult></ListOrdersResponse>",
                "PurchaseDate", "31/01/2017"));
        return cases;
    }

    // ---- ways of running a case ----

    private static String mws(String operation, String... options) {
        return "mws:" + operation + (options.length == 0 ? "" : "?" + String.join("&", options));
    }

    private Case start(String input, String uri, String... keywords) {
        return startWith(input, c -> {
        }, uri, keywords);
    }

    /** A route using the URI must not start (or its first exchange must fail) with a clear error. */
    private Case startWith(String input, Consumer<MwsConfiguration> config, String uri, String... keywords) {
        return new Case(input, List.of(keywords), () -> {
            CamelContext camel = context(sim, config);
            try {
                camel.addRoutes(route(uri));
                camel.start();
                Exchange ex = camel.createProducerTemplate().request("direct:in",
                        e -> e.getMessage().setHeader("CamelMwsParameters", Map.of("CreatedAfter", createdAfter)));
                return ex.getException();
            } finally {
                camel.stop();
            }
        });
    }

    /** A route consuming from the URI must not start, with a clear error. */
    private Case consumer(String input, String uri, String... keywords) {
        return new Case(input, List.of(keywords), () -> {
            CamelContext camel = context(sim, c -> {
            });
            try {
                camel.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from(uri).to("direct:never");
                    }
                });
                camel.start();
                return null;
            } finally {
                camel.stop();
            }
        });
    }

    private Case send(String input, String uri, Map<String, Object> parameters, String... keywords) {
        return sendWith(input, c -> {
        }, uri, parameters, keywords);
    }

    private Case sendWith(String input, Consumer<MwsConfiguration> config, String uri, Map<String, Object> parameters,
                          String... keywords) {
        return new Case(input, List.of(keywords), () -> {
            CamelContext camel = context(sim, config);
            try {
                camel.addRoutes(route(uri));
                camel.start();
                return camel.createProducerTemplate().request("direct:in", e -> {
                    if (parameters != null) {
                        e.getMessage().setHeader("CamelMwsParameters", parameters);
                    }
                }).getException();
            } finally {
                camel.stop();
            }
        });
    }

    private Throwable sendTo(MwsSimulator target, String uri, Map<String, Object> parameters,
                             Consumer<Exchange> customizer) throws Exception {
        CamelContext camel = context(target, c -> {
        });
        try {
            camel.addRoutes(route(uri));
            camel.start();
            return camel.createProducerTemplate().request("direct:in", e -> {
                e.getMessage().setHeader("CamelMwsParameters", parameters);
                customizer.accept(e);
            }).getException();
        } finally {
            camel.stop();
        }
    }

    /** Sends a body (and whatever the customizer sets) as it is. */
    private Throwable sendRaw(String uri, Object body, Consumer<Exchange> customizer) throws Exception {
        CamelContext camel = context(sim, c -> {
        });
        try {
            camel.addRoutes(route(uri));
            camel.start();
            return camel.createProducerTemplate().request("direct:in", e -> {
                e.getMessage().setBody(body);
                customizer.accept(e);
            }).getException();
        } finally {
            camel.stop();
        }
    }

    private Case answer(String input, String contentType, String body, String... keywords) {
        return answer(input, contentType, body, StandardCharsets.UTF_8, keywords);
    }

    private Case answer(String input, String contentType, String body, java.nio.charset.Charset charset,
                        String... keywords) {
        byte[] bytes = body.getBytes(charset);
        return new Case(input, List.of(keywords), () -> {
            hostileAnswer.set(new SimResponse.RawBody(contentType, bytes.length, null, out -> out.write(bytes)));
            return sendTo(hostile, mws("Orders/ListOrders", "maxRetries=0"), Map.of("CreatedAfter", createdAfter), e -> {
            });
        });
    }

    private static RouteBuilder route(String uri) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to(uri);
            }
        };
    }

    private static CamelContext context(MwsSimulator target, Consumer<MwsConfiguration> customizer) {
        MwsComponent mws = new MwsComponent();
        MwsConfiguration c = mws.getConfiguration();
        c.setEndpoint(target.httpBaseUrl());
        c.setAccessKeyId(target.developer().accessKeyId());
        c.setSecretKey(target.developer().secretKey());
        c.setSellerId(target.sellerId());
        c.setMarketplace(target.seller().marketplaceIds().get(0));
        c.setRetryBackoff("10ms");
        customizer.accept(c);
        CamelContext camel = new DefaultCamelContext();
        camel.addComponent("mws", mws);
        return camel;
    }

    /** A loopback server answering everything like a proxy whose upstream is down. */
    private static HttpServer startProxy() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = ("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
                      + "<hr><center>nginx</center></body></html>").getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(502, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        return server;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
