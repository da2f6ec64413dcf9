package org.apache.camel.mws.benchmarks.scenario;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.mws.benchmarks.support.CurlClient;
import org.apache.camel.mws.benchmarks.support.HeapProbe;
import org.apache.camel.mws.benchmarks.support.SimulatorProcess;
import org.apache.camel.mws.benchmarks.support.WorkDirectory;

/**
 * A big report downloaded by a Camel route ({@code mws:Reports/GetReport?reportOutput=file}: streamed to the spool
 * directory while its MD5 is computed, verified against Content-MD5, then moved to its final name), compared with
 * {@code curl -o} of the same signed request to the same simulator URL in the same run. The simulator runs in a JVM
 * of its own, so this JVM ({@code -Xmx128m}) holds the component alone and its peak heap is the component's.
 *
 * <pre>
 * java -Xmx128m -cp camel-mws-benchmarks/target/benchmarks.jar \
 *      org.apache.camel.mws.benchmarks.scenario.ReportDownloadScenario [MiB]      (default 1024)
 * </pre>
 */
public final class ReportDownloadScenario implements Scenario {

    private static final String REPORT_TYPE = "_GET_MERCHANT_LISTINGS_DATA_";
    private static final int ROUNDS = 3;
    private static final double MIB = 1024 * 1024;

    private final long reportBytes;

    public ReportDownloadScenario() {
        this(0);
    }

    private ReportDownloadScenario(long reportBytes) {
        this.reportBytes = reportBytes;
    }

    public static void main(String[] args) {
        long mib = args.length > 0 ? Long.parseLong(args[0]) : 1024;
        ScenarioReport report = new ScenarioReport(System.out);
        ReportDownloadScenario scenario = new ReportDownloadScenario(mib << 20);
        report.line("== scenario " + scenario.name() + ": " + scenario.title() + " (" + mib + " MiB)");
        report.line(ScenarioRunner.machine());
        try {
            scenario.run(Size.FULL, report);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(ScenarioRunner.COULD_NOT_RUN);
        }
        System.exit(report.lost().isEmpty() ? ScenarioRunner.OK : ScenarioRunner.LOST_DATA);
    }

    @Override
    public String name() {
        return "reportdownload";
    }

    @Override
    public String title() {
        return "a 1 GiB report downloaded, MD5-verified and written to a file by a route, against curl -o";
    }

    @Override
    public String maxHeap() {
        return "128m";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void run(Size size, ScenarioReport report) throws Exception {
        long bytes = reportBytes > 0 ? reportBytes : size == Size.QUICK ? 64L << 20 : 1L << 30;
        report.line("simulator: its own JVM (-Xmx512m), time scale 600, server throttling off; this JVM: the"
                    + " component, -Xmx%d MiB; curl: %s", Runtime.getRuntime().maxMemory() >> 20,
                CurlClient.version() == null ? "not installed" : CurlClient.version());
        try (WorkDirectory work = WorkDirectory.create("mws-report-download-");
             SimulatorProcess sim = SimulatorProcess.start("512m", 1, List.of("--report-min-bytes",
                     String.valueOf(bytes), "--time-scale", "600", "--no-server-throttling"))) {
            CamelContext camel = new DefaultCamelContext();
            camel.addComponent("mws", sim.componentForFirstSeller());
            camel.start();
            try {
                run(sim, camel, bytes, work.path(), report);
            } finally {
                camel.stop();
            }
        }
    }

    private void run(SimulatorProcess sim, CamelContext camel, long bytes, Path work, ScenarioReport report)
            throws Exception {
        Path spool = Files.createDirectories(work.resolve("spool"));
        Path out = Files.createDirectories(work.resolve("out"));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // the route of a user: download (streamed, verified), then give the file its final name
                from("direct:download")
                        .toD("mws:Reports/GetReport?reportOutput=file&spoolDirectory=" + spool
                             + "&decodeReport=${header.decode}")
                        .process(e -> {
                            File spooled = e.getMessage().getBody(File.class);
                            Path target = out.resolve("report-" + e.getMessage().getHeader(MwsConstants.REPORT_ID)
                                                      + ".txt");
                            Files.move(spooled.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
                            e.getMessage().setBody(target.toFile());
                        });
            }
        });
        ProducerTemplate template = camel.createProducerTemplate();

        // requested and awaited through the component; this first download is the warm-up (it also waits for the
        // simulator to compute the report's Content-MD5)
        long warmStart = System.nanoTime();
        Exchange requested = template.request("mws:Reports/RequestReport?reportType=" + REPORT_TYPE
                                              + "&awaitReport=true&awaitInterval=200&reportOutput=file&spoolDirectory="
                                              + spool, e -> {
                                              });
        if (requested.getException() != null) {
            throw requested.getException();
        }
        String reportId = requested.getMessage().getHeader(MwsConstants.REPORT_ID, String.class);
        String contentMd5 = requested.getMessage().getHeader(MwsConstants.CONTENT_MD5, String.class);
        long size = Files.size(requested.getMessage().getBody(File.class).toPath());
        Files.delete(requested.getMessage().getBody(File.class).toPath());
        report.figure("report", "%s %s, %,d bytes (%.2f GiB), Content-MD5 %s", REPORT_TYPE, reportId, size,
                size / (double) (1L << 30), contentMd5);
        report.figure("RequestReport + awaitReport + first GetReport (warm-up)", "%.1f s",
                (System.nanoTime() - warmStart) / 1e9);
        if (size < bytes) {
            throw new IllegalStateException("the report has " + size + " bytes, expected at least " + bytes);
        }

        boolean curl = CurlClient.available();
        CurlClient client = CurlClient.forFirstSeller(sim, work);
        List<List<String>> rows = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> verifiedRatios = new ArrayList<>();
        List<Double> curlRates = new ArrayList<>();
        HeapProbe.settledHeapBytes();
        try (HeapProbe heap = HeapProbe.start()) {
            for (int round = 1; round <= ROUNDS; round++) {
                Transfer byCurl = null;
                Transfer byCurlVerified = null;
                if (curl) {
                    Path target = out.resolve("curl.txt");
                    CurlClient.Transfer t = client.download("Reports", "GetReport", Map.of("ReportId", reportId),
                            target);
                    if (t.httpStatus() != 200 || Files.size(target) != size) {
                        throw new IllegalStateException("curl got HTTP " + t.httpStatus() + " and "
                                                        + Files.size(target) + " bytes");
                    }
                    Files.delete(target);
                    byCurl = new Transfer(t.seconds(), size, 0, 0);
                    curlRates.add(byCurl.mibPerSecond());
                    CurlClient.Verified v = client.downloadVerified("Reports", "GetReport",
                            Map.of("ReportId", reportId), target);
                    if (!contentMd5.equals(v.md5()) || Files.size(target) != size) {
                        throw new IllegalStateException("curl | tee | openssl got MD5 " + v.md5() + " and "
                                                        + Files.size(target) + " bytes");
                    }
                    Files.delete(target);
                    byCurlVerified = new Transfer(v.seconds(), size, 0, 0);
                }
                Transfer byRoute = download(template, sim, reportId, false, size, contentMd5, report);
                rows.add(List.of(Integer.toString(round), byCurl == null ? "n/a" : byCurl.describe(),
                        byCurlVerified == null ? "n/a" : byCurlVerified.describe(), byRoute.describe(),
                        String.format(Locale.ROOT, "%.2f", byRoute.cpu()),
                        String.format(Locale.ROOT, "%.2f", byRoute.simulatorCpu()),
                        byCurl == null ? "n/a" : ratio(byRoute, byCurl),
                        byCurlVerified == null ? "n/a" : ratio(byRoute, byCurlVerified)));
                if (byCurl != null) {
                    ratios.add(byRoute.mibPerSecond() / byCurl.mibPerSecond());
                    verifiedRatios.add(byRoute.mibPerSecond() / byCurlVerified.mibPerSecond());
                }
            }
            Transfer decoded = download(template, sim, reportId, true, size, contentMd5, report);
            report.line("");
            report.table(List.of("round", "curl -o: s, MiB/s", "curl | tee file | openssl md5: s, MiB/s",
                    "route: download + MD5 + file: s, MiB/s", "component JVM CPU-s", "simulator CPU-s",
                    "route / curl -o", "route / curl with MD5"), rows);
            report.figure("Content-MD5 verified by the component", "every route download (the CamelMwsContentMd5"
                                                                   + " header equals the report's %s)", contentMd5);
            report.figure("route with decodeReport=true (windows-1252 to UTF-8 while downloading)",
                    "%s, %.2f component CPU-seconds", decoded.describe(), decoded.cpu());
            report.figure("peak heap used by the component JVM (sampled every 50 ms, garbage included)",
                    "%s of -Xmx %s", HeapProbe.mib(heap.peakHeapBytes()),
                    HeapProbe.mib(Runtime.getRuntime().maxMemory()));
            report.figure("peak live threads of the component JVM", "%d", heap.peakThreads());
        }
        double md5 = md5MibPerSecond(size);
        report.figure("MD5 in this JVM on one core (the report's size hashed from memory)", "%,.0f MiB/s: a verified"
                                                                                         + " download cannot go faster",
                md5);
        if (!curlRates.isEmpty()) {
            report.figure("the most route / curl -o can be while the MD5 is computed", "%.2f",
                    md5 / median(curlRates));
        }
        if (!verifiedRatios.isEmpty()) {
            report.figure("median route / (curl | tee | openssl md5)", "%.2f", median(verifiedRatios));
        }
        report.line(ScenarioRunner.machine());
        if (!ratios.isEmpty()) {
            double median = median(ratios);
            report.figure("median route / curl -o", "%.2f", median);
            report.goal("route throughput", ">= 0.8 of curl -o", median >= 0.8);
        } else {
            report.line("curl is not installed: no baseline");
        }
    }

    /** MessageDigest MD5 of {@code bytes} bytes from a buffer in memory (after one warm-up pass of 64 MiB). */
    private static double md5MibPerSecond(long bytes) throws Exception {
        byte[] buffer = new byte[256 * 1024];
        new java.util.Random(1).nextBytes(buffer);
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("MD5");
        for (int i = 0; i < 256; i++) {
            digest.update(buffer);
        }
        digest.digest();
        long start = System.nanoTime();
        for (long done = 0; done < bytes; done += buffer.length) {
            digest.update(buffer);
        }
        digest.digest();
        return bytes / MIB / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        return sorted.get(sorted.size() / 2);
    }

    private static String ratio(Transfer a, Transfer b) {
        return String.format(Locale.ROOT, "%.2f", a.mibPerSecond() / b.mibPerSecond());
    }

    /** One transfer: wall time, bytes, CPU of this JVM and of the simulator's. */
    private record Transfer(double seconds, long bytes, double cpu, double simulatorCpu) {

        double mibPerSecond() {
            return bytes / MIB / seconds;
        }

        String describe() {
            return String.format(Locale.ROOT, "%.2f s, %,.0f MiB/s", seconds, mibPerSecond());
        }
    }

    private static Transfer download(ProducerTemplate template, SimulatorProcess sim, String reportId, boolean decode,
                                     long size, String contentMd5, ScenarioReport report) throws Exception {
        long cpu = HeapProbe.processCpuNanos();
        long simCpu = sim.cpuNanos();
        long start = System.nanoTime();
        Exchange ex = template.request("direct:download", e -> {
            e.getMessage().setHeader(MwsConstants.PARAMETERS, Map.of("ReportId", reportId));
            e.getMessage().setHeader("decode", decode);
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (HeapProbe.processCpuNanos() - cpu) / 1e9;
        double simSeconds = (sim.cpuNanos() - simCpu) / 1e9;
        if (ex.getException() != null) {
            throw ex.getException();
        }
        Path file = ex.getMessage().getBody(File.class).toPath();
        long received = Files.size(file);
        if (!contentMd5.equals(ex.getMessage().getHeader(MwsConstants.CONTENT_MD5))) {
            report.lostData("the downloaded report's MD5 " + ex.getMessage().getHeader(MwsConstants.CONTENT_MD5)
                            + " is not the report's " + contentMd5);
        }
        if (!decode && received != size) {
            report.lostData("the route wrote " + received + " bytes of " + size);
        }
        Files.delete(file);
        return new Transfer(seconds, size, cpuSeconds, simSeconds);
    }
}
