package org.apache.camel.mws.benchmarks.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.apache.camel.mws.benchmarks.support.HeapProbe;
import org.apache.camel.mws.benchmarks.support.RawMws;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.market.reports.Reports;
import org.apache.hc.client5.http.classic.methods.HttpPost;

/**
 * How fast the simulator answers, so that the other scenarios can show they measure the component and not the
 * simulator: small answers per second (GetServiceStatus), ListOrders pages of 100 orders per second, and the
 * speed at which a big report streams, with the heap this JVM needed. The client signs once and replays the same
 * request over kept-alive connections; server-side throttling is off.
 */
public class SimulatorThroughputScenario implements Scenario {

    private static final int CLIENT_THREADS = 4;

    @Override
    public String name() {
        return "simulator";
    }

    @Override
    public String title() {
        return "simulator throughput: small answers/s, ListOrders pages/s, report streaming MB/s, heap";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void run(Size size, ScenarioReport report) throws Exception {
        Duration window = size == Size.QUICK ? Duration.ofSeconds(5) : Duration.ofSeconds(20);
        // full size: the 2 GiB report of the simulator issue, served while the heap is sampled
        long reportBytes = size == Size.QUICK ? 128L << 20 : 2L << 30;
        int orders = 5_000;
        report.line("client: %d threads replaying one signed request each, %d s per measurement; simulator: real time"
                    + " (time scale 1), server throttling off, %,d orders", CLIENT_THREADS, window.toSeconds(), orders);
        try (HeapProbe probe = HeapProbe.start()) {
            try (MwsSimulator sim = MwsSimulator.builder().serverThrottling(false).ordersPerSeller(orders).start();
                 RawMws raw = new RawMws(sim, CLIENT_THREADS)) {
                report.figure("heap after generating the marketplace (settled)", "%s",
                        HeapProbe.mib(HeapProbe.settledHeapBytes()));
                Rate small = measure(raw, () -> raw.signedPost("Orders", "GetServiceStatus", Map.of()), window);
                report.figure("small answers (Orders/GetServiceStatus)",
                        "%,.0f answers/s, %,.0f per CPU-second of this JVM (client and server), %,.0f bytes each",
                        small.perSecond(), small.perCpuSecond(), small.bytesPerAnswer());

                String after = sim.market().epoch().minus(Duration.ofDays(400)).toString();
                Map<String, String> listOrders = Map.of("CreatedAfter", after,
                        "MarketplaceId.Id.1", sim.seller().marketplaceIds().get(0), "MaxResultsPerPage", "100");
                Rate pages = measure(raw, () -> raw.signedPost("Orders", "ListOrders", listOrders), window);
                report.figure("ListOrders pages of 100 orders",
                        "%,.0f pages/s (%,.0f orders/s), %,.0f per CPU-second of this JVM, %,.0f bytes each",
                        pages.perSecond(), pages.perSecond() * 100, pages.perCpuSecond(), pages.bytesPerAnswer());
            }
            streamReport(report, reportBytes);
            report.figure("peak heap used (sampled, garbage included)", "%s of -Xmx %s",
                    HeapProbe.mib(probe.peakHeapBytes()), HeapProbe.mib(Runtime.getRuntime().maxMemory()));
        }
    }

    private static void streamReport(ScenarioReport report, long reportBytes) throws Exception {
        try (MwsSimulator sim = MwsSimulator.builder().serverThrottling(false).timeScale(600)
                .marketSettings(s -> s.withReportMinBytes(reportBytes)).start();
             RawMws raw = new RawMws(sim, 1)) {
            raw.send(raw.signedPost("Reports", "RequestReport", Map.of("ReportType", "_GET_MERCHANT_LISTINGS_DATA_")));
            String reportId = awaitReport(sim, raw);
            for (String run : List.of("first download", "second download")) {
                long start = System.nanoTime();
                long cpuStart = HeapProbe.processCpuNanos();
                long bytes = raw.send(raw.signedPost("Reports", "GetReport", Map.of("ReportId", reportId)));
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (HeapProbe.processCpuNanos() - cpuStart) / 1e9;
                report.figure("report streaming, " + run, "%,d bytes in %.2f s = %,.0f MB/s (%.2f CPU-seconds)", bytes,
                        seconds, bytes / seconds / 1e6, cpuSeconds);
                if (bytes < reportBytes) {
                    throw new IllegalStateException("the report has " + bytes + " bytes, expected at least "
                                                    + reportBytes);
                }
            }
        }
    }

    private static String awaitReport(MwsSimulator sim, RawMws raw) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            // a request lets the marketplace move on; inspection tells when the report is done
            raw.send(raw.signedPost("Reports", "GetReportRequestList", Map.of()));
            for (Reports.RequestView r : sim.market().reports().requests(sim.sellerId())) {
                if (r.generatedReportId() != null) {
                    return r.generatedReportId();
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the report was not done within two minutes");
    }

    /** Each client thread signs its own request once (a request object must not be shared by threads). */
    private static Rate measure(RawMws raw, Supplier<HttpPost> requests, Duration window) throws Exception {
        raw.send(requests.get()); // warm: connection, JIT of the first path
        ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS);
        try {
            long end = System.nanoTime() + window.toNanos();
            List<Callable<long[]>> tasks = new ArrayList<>();
            for (int i = 0; i < CLIENT_THREADS; i++) {
                HttpPost request = requests.get();
                tasks.add(() -> {
                    long count = 0;
                    long bytes = 0;
                    while (System.nanoTime() < end) {
                        bytes += raw.send(request);
                        count++;
                    }
                    return new long[] { count, bytes };
                });
            }
            long start = System.nanoTime();
            long cpuStart = HeapProbe.processCpuNanos();
            long count = 0;
            long bytes = 0;
            for (Future<long[]> f : pool.invokeAll(tasks)) {
                count += f.get()[0];
                bytes += f.get()[1];
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (HeapProbe.processCpuNanos() - cpuStart) / 1e9;
            return new Rate(count / seconds, count / cpuSeconds, count == 0 ? 0 : (double) bytes / count);
        } finally {
            pool.shutdownNow();
        }
    }

    private record Rate(double perSecond, double perCpuSecond, double bytesPerAnswer) {
    }
}
