package org.apache.camel.component.mws.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.component.mws.model.reports.RequestReportResult;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.account.DeveloperAccount;
import org.apache.camel.mws.simulator.inspect.RequestRecord;
import org.apache.camel.mws.simulator.market.reports.Reports;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.apache.camel.test.junit5.CamelTestSupport;

/**
 * Base of the component tests that talk HTTP to an {@link MwsSimulator} on the loopback interface. The subclass
 * registers the simulator (usually a static {@code MwsSimulatorExtension}) and returns it from {@link #simulator()}.
 * The simulator's sellers have their home marketplace cycling US, DE, JP.
 */
public abstract class SimulatorTestSupport extends CamelTestSupport {

    public static final String US = "ATVPDKIKX0DER";
    public static final String DE = "A1PA6795UKMFR9";
    public static final String JP = "A1VC38T7YXB528";

    protected abstract MwsSimulator simulator();

    /**
     * @return the seller whose home marketplace has that MarketplaceId
     */
    protected SellerAccount sellerIn(String marketplaceId) {
        return simulator().accounts().sellers().stream()
                .filter(s -> s.marketplaceIds().get(0).equals(marketplaceId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no seller at home in " + marketplaceId));
    }

    /**
     * @return an endpoint URI acting for the seller with its own developer keys, against the simulator's HTTP port,
     *         with short retry delays
     */
    protected String uri(SellerAccount seller, String sectionAndAction, String... options) {
        DeveloperAccount dev = simulator().accounts().developerOf(seller.sellerId());
        StringBuilder sb = new StringBuilder("mws:").append(sectionAndAction).append("?endpoint=")
                .append(simulator().httpBaseUrl()).append("&accessKeyId=").append(dev.accessKeyId())
                .append("&secretKey=RAW(").append(dev.secretKey()).append(")&sellerId=").append(seller.sellerId())
                .append("&retryBackoff=10,20,30&retryJitter=0&timeScale=").append(simulator().clock().timeScale());
        for (String o : options) {
            sb.append('&').append(o);
        }
        return sb.toString();
    }

    protected Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.request(uri, e -> {
            e.getMessage().setBody(body);
            if (headers != null) {
                e.getMessage().setHeaders(new java.util.HashMap<>(headers));
            }
        });
    }

    protected Exchange send(String uri) {
        return send(uri, null, null);
    }

    /**
     * Requests a report through the component (without awaiting it), then waits until the simulated marketplace has
     * generated it.
     *
     * @return the ReportId of the generated report
     */
    protected String requestReport(SellerAccount seller, String reportType, String... options) throws Exception {
        String[] all = new String[options.length + 1];
        all[0] = "reportType=" + reportType;
        System.arraycopy(options, 0, all, 1, options.length);
        Exchange ex = send(uri(seller, "Reports/RequestReport", all));
        if (ex.getException() != null) {
            throw ex.getException();
        }
        String requestId = ex.getMessage().getBody(RequestReportResult.class).getReportRequestInfo()
                .getReportRequestId();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (Reports.RequestView r : simulator().market().reports().requests(seller.sellerId())) {
                if (r.reportRequestId().equals(requestId) && r.generatedReportId() != null) {
                    return r.generatedReportId();
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("report request " + requestId + " not done in time");
    }

    /**
     * @return the exact bytes GetReport sends for that report
     */
    protected byte[] reportBytes(SellerAccount seller, String reportId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        simulator().market().reports().writeReport(seller.sellerId(), reportId, out);
        return out.toByteArray();
    }

    /**
     * @return the simulator's log of the requests of that operation
     */
    protected List<RequestRecord> requests(String section, String action) {
        return simulator().requests().requests(section, action);
    }

    /**
     * The simulator logs a request once its answer is written, which can be just after the client has read that
     * answer: this waits (up to 5 s) until the log holds at least {@code atLeast} requests of the operation.
     *
     * @return the simulator's log of the requests of that operation
     */
    protected List<RequestRecord> requestsOnceLogged(String section, String action, int atLeast)
            throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        List<RequestRecord> logged = requests(section, action);
        while (logged.size() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(10);
            logged = requests(section, action);
        }
        return logged;
    }

    /**
     * @return how many files are in the directory
     */
    protected static long filesIn(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }

    /**
     * @return the exception of a failed exchange, as the given type
     */
    protected static <T extends Throwable> T failure(Exchange exchange, Class<T> type) {
        Exception e = exchange.getException();
        if (e == null) {
            throw new AssertionError("expected " + type.getSimpleName() + " but the exchange succeeded with "
                                     + exchange.getMessage().getBody());
        }
        if (!type.isInstance(e)) {
            throw new AssertionError("expected " + type.getName() + " but got " + e, e);
        }
        return type.cast(e);
    }
}
