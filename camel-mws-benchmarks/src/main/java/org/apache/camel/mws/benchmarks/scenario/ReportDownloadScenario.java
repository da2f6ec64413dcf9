package org.apache.camel.mws.benchmarks.scenario;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.mws.benchmarks.support.CurlClient;
import org.apache.camel.mws.benchmarks.support.HeapProbe;
import org.apache.camel.mws.benchmarks.support.SimulatedMws;
import org.apache.camel.mws.simulator.MwsSimulator;

/**
 * A big report downloaded by a Camel route ({@code mws:Reports/GetReport?reportOutput=file}: streamed to the spool
 * directory while its MD5 is computed, verified against Content-MD5, then moved to its final name), compared with
 * {@code curl -o} of the same signed request to the same simulator in the same run, in a JVM of {@code -Xmx128m}
 * (the simulator runs in it too, so the peak heap covers both).
 *
 * <pre>
 * java -Xmx128m -cp camel-mws-benchmarks/target/benchmarks.jar \
 *      org.apache.camel.mws.benchmarks.scenario.ReportDownloadScenario [MiB]      (default 1024)
 * </pre>
 */
public final class ReportDownloadScenario implements Scenario {

    private static final String REPORT_TYPE = "_GET_MERCHANT_LISTINGS_DATA_";
    private static final int ROUNDS = 3;

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
        Path work = Files.createTempDirectory("mws-report-download-");
        try (MwsSimulator sim = MwsSimulator.builder().httpsPort(-1).serverThrottling(false).timeScale(600)
                .marketSettings(s -> s.withReportMinBytes(bytes)).start();
             SimulatedMws mws = SimulatedMws.connect(sim)) {
            run(sim, mws, bytes, work, report);
        } finally {
            deleteTree(work);
        }
    }

    private void run(MwsSimulator sim, SimulatedMws mws, long bytes, Path work, ScenarioReport report)
            throws Exception {
        Path spool = Files.createDirectories(work.resolve("spool"));
        Path out = Files.createDirectories(work.resolve("out"));
        mws.camel().addRoutes(new RouteBuilder() {
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
        ProducerTemplate template = mws.camel().createProducerTemplate();

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
        CurlClient client = new CurlClient(sim, work);
        List<List<String>> rows = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        HeapProbe.settledHeapBytes();
        try (HeapProbe heap = HeapProbe.start()) {
            for (int round = 1; round <= ROUNDS; round++) {
                Double curlRate = null;
                double curlCpu = 0;
                if (curl) {
                    long cpu = HeapProbe.processCpuNanos();
                    Path target = out.resolve("curl.txt");
                    CurlClient.Transfer t = client.download("Reports", "GetReport", Map.of("ReportId", reportId),
                            target);
                    if (t.httpStatus() != 200 || Files.size(target) != size) {
                        throw new IllegalStateException("curl got HTTP " + t.httpStatus() + " and "
                                                        + Files.size(target) + " bytes");
                    }
                    Files.delete(target);
                    curlRate = t.megabytesPerSecond();
                    curlCpu = (HeapProbe.processCpuNanos() - cpu) / 1e9;
                }
                Download d = download(template, reportId, false, size, contentMd5, report);
                rows.add(List.of(Integer.toString(round), curlRate == null ? "n/a" : mbps(curlRate),
                        curlRate == null ? "n/a" : String.format("%.2f", curlCpu), mbps(d.rate()),
                        String.format("%.2f", d.cpuSeconds()),
                        curlRate == null ? "n/a" : String.format("%.2f", d.rate() / curlRate)));
                if (curlRate != null) {
                    ratios.add(d.rate() / curlRate);
                }
            }
            Download decoded = download(template, reportId, true, size, contentMd5, report);
            report.line("");
            report.table(List.of("round", "curl -o (MB/s)", "JVM CPU-s during curl (simulator)",
                    "route: download + MD5 + file (MB/s)", "JVM CPU-s during route (simulator + route)",
                    "route / curl"), rows);
            report.figure("route with decodeReport=true (windows-1252 to UTF-8 while downloading)", "%s MB/s, %.2f"
                                                                                                    + " JVM CPU-seconds",
                    mbps(decoded.rate()), decoded.cpuSeconds());
            report.figure("peak heap used (sampled every 50 ms, garbage and the simulator included)", "%s of -Xmx %s",
                    HeapProbe.mib(heap.peakHeapBytes()), HeapProbe.mib(Runtime.getRuntime().maxMemory()));
        }
        report.line(ScenarioRunner.machine());
        if (!ratios.isEmpty()) {
            ratios.sort(Comparator.naturalOrder());
            double median = ratios.get(ratios.size() / 2);
            report.figure("median route / curl", "%.2f", median);
            report.goal("route throughput", ">= 0.8 of curl -o", median >= 0.8);
        } else {
            report.line("curl is not installed: no baseline");
        }
    }

    private record Download(double rate, double cpuSeconds) {
    }

    private static Download download(ProducerTemplate template, String reportId, boolean decode, long size,
                                     String contentMd5, ScenarioReport report) throws Exception {
        long cpu = HeapProbe.processCpuNanos();
        long start = System.nanoTime();
        Exchange ex = template.request("direct:download", e -> {
            e.getMessage().setHeader(MwsConstants.PARAMETERS, Map.of("ReportId", reportId));
            e.getMessage().setHeader("decode", decode);
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (HeapProbe.processCpuNanos() - cpu) / 1e9;
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
        return new Download(size / 1e6 / seconds, cpuSeconds);
    }

    private static String mbps(double rate) {
        return String.format("%,.0f", rate);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
