package org.apache.camel.mws.benchmarks.scenario;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.model.feeds.FeedSubmissionInfo;
import org.apache.camel.component.mws.model.feeds.GetFeedSubmissionListResult;
import org.apache.camel.component.mws.transport.ContentMd5;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.mws.benchmarks.support.CurlClient;
import org.apache.camel.mws.benchmarks.support.HeapProbe;
import org.apache.camel.mws.benchmarks.support.SimulatorProcess;
import org.apache.camel.mws.benchmarks.support.WorkDirectory;

/**
 * A big flat-file feed submitted by a Camel route ({@code mws:Feeds/SubmitFeed}: its MD5 computed from the file, the
 * file streamed as the body), from a File and from an InputStream (spooled to disk first), compared with
 * {@code openssl md5} + {@code curl -T} of the same signed request to the same simulator URL. The simulator runs in a
 * JVM of its own, so this JVM ({@code -Xmx128m}) holds the component alone; feed processing there is set to take 30
 * days, so that only the submission is measured. At the end GetFeedSubmissionList must show each submission exactly
 * once: the simulator accepted every feed's Content-MD5 (it answers ContentMD5DoesNotMatch otherwise).
 *
 * <pre>
 * java -Xmx128m -cp camel-mws-benchmarks/target/benchmarks.jar \
 *      org.apache.camel.mws.benchmarks.scenario.FeedSubmitScenario [MiB]      (default 500)
 * </pre>
 */
public final class FeedSubmitScenario implements Scenario {

    private static final String FEED_TYPE = "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_";
    private static final String CONTENT_TYPE = "text/tab-separated-values; charset=iso-8859-1";
    private static final double MIB = 1024 * 1024;

    private final long feedBytes;

    public FeedSubmitScenario() {
        this(0);
    }

    private FeedSubmitScenario(long feedBytes) {
        this.feedBytes = feedBytes;
    }

    public static void main(String[] args) {
        long mib = args.length > 0 ? Long.parseLong(args[0]) : 500;
        ScenarioReport report = new ScenarioReport(System.out);
        FeedSubmitScenario scenario = new FeedSubmitScenario(mib << 20);
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
        return "feedsubmit";
    }

    @Override
    public String title() {
        return "a 500 MiB flat-file feed submitted by a route (File and InputStream bodies), against curl -T";
    }

    @Override
    public String maxHeap() {
        return "128m";
    }

    @Override
    public int order() {
        return 61;
    }

    @Override
    public void run(Size size, ScenarioReport report) throws Exception {
        long bytes = feedBytes > 0 ? feedBytes : size == Size.QUICK ? 32L << 20 : 500L << 20;
        report.line("simulator: its own JVM (-Xmx512m), server throttling off, feed processing 30 days; this JVM: the"
                    + " component, -Xmx%d MiB; curl: %s", Runtime.getRuntime().maxMemory() >> 20,
                CurlClient.version() == null ? "not installed" : CurlClient.version());
        try (WorkDirectory work = WorkDirectory.create("mws-feed-submit-");
             SimulatorProcess sim = SimulatorProcess.start("512m", 1, List.of("--no-server-throttling",
                     "--feed-processing-time", "PT720H"))) {
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
        Path feed = work.resolve("feed.txt");
        long written = writeFeed(feed, bytes);
        report.figure("feed", "%s, %,d bytes (%.0f MiB) of price and quantity rows", FEED_TYPE, written,
                written / MIB);
        ProducerTemplate template = camel.createProducerTemplate();
        Path spool = Files.createDirectories(work.resolve("spool"));
        String uri = "mws:Feeds/SubmitFeed?feedType=" + FEED_TYPE + "&spoolDirectory=" + spool;
        Map<String, Integer> expected = new HashMap<>();
        // warm-up: a small feed through the same endpoint, and the JVM's MD5
        Path small = work.resolve("small.txt");
        writeFeed(small, 64 * 1024);
        expected.merge(submit(template, uri, small, sim).id(), 1, Integer::sum);
        ContentMd5.of(small);

        List<List<String>> rows = new ArrayList<>();
        double curlSeconds = 0;
        HeapProbe.settledHeapBytes();
        try (HeapProbe heap = HeapProbe.start()) {
            if (CurlClient.available()) {
                long md5Start = System.nanoTime();
                String md5 = opensslMd5(feed);
                double md5Seconds = (System.nanoTime() - md5Start) / 1e9;
                long simCpu = sim.cpuNanos();
                CurlClient.Transfer t = CurlClient.forFirstSeller(sim, work).upload("Feeds", "SubmitFeed",
                        Map.of("FeedType", FEED_TYPE, "ContentMD5Value", md5), feed, CONTENT_TYPE);
                if (t.httpStatus() != 200) {
                    throw new IllegalStateException("curl's SubmitFeed got HTTP " + t.httpStatus());
                }
                curlSeconds = md5Seconds + t.seconds();
                rows.add(row("openssl md5 (its own process)", md5Seconds, written, "", "", ""));
                rows.add(row("curl -T (the MD5 known)", t.seconds(), written, "",
                        String.format(Locale.ROOT, "%.2f", (sim.cpuNanos() - simCpu) / 1e9), ""));
                rows.add(row("openssl md5 + curl -T", curlSeconds, written, "", "", "1.00"));
                // curl's submission is listed too, but its id is not known here: counted below
            }
            Submitted fromFile = submit(template, uri, feed, sim);
            expected.merge(fromFile.id(), 1, Integer::sum);
            rows.add(row("route, File body: MD5 from the file + upload", fromFile.seconds(), written,
                    cpu(fromFile.cpu()), cpu(fromFile.simulatorCpu()), ratio(curlSeconds, fromFile.seconds())));
            Submitted fromStream;
            try (InputStream in = Files.newInputStream(feed)) {
                fromStream = submit(template, uri, in, sim);
            }
            expected.merge(fromStream.id(), 1, Integer::sum);
            rows.add(row("route, InputStream body: spooled to disk with its MD5 + upload", fromStream.seconds(),
                    written, cpu(fromStream.cpu()), cpu(fromStream.simulatorCpu()),
                    ratio(curlSeconds, fromStream.seconds())));
            report.line("");
            report.table(List.of("submission", "seconds", "MiB/s", "component JVM CPU-s", "simulator CPU-s",
                    "speed / (openssl md5 + curl -T)"), rows);
            report.figure("peak heap used by the component JVM (sampled every 50 ms, garbage included)",
                    "%s of -Xmx %s", HeapProbe.mib(heap.peakHeapBytes()),
                    HeapProbe.mib(Runtime.getRuntime().maxMemory()));
            report.figure("peak live threads of the component JVM", "%d", heap.peakThreads());
        }
        verifySubmissions(template, expected, CurlClient.available() ? 1 : 0, report);
        try (Stream<Path> left = Files.list(spool)) {
            long spooled = left.count();
            if (spooled > 0) {
                report.lostData(spooled + " spooled feed copies were left in the spool directory");
            }
        }
        report.line(ScenarioRunner.machine());
    }

    private static List<String> row(String what, double seconds, long bytes, String cpu, String simCpu,
                                    String ratio) {
        return List.of(what, String.format(Locale.ROOT, "%.2f", seconds),
                String.format(Locale.ROOT, "%,.0f", bytes / MIB / seconds), cpu, simCpu, ratio);
    }

    private static String cpu(double seconds) {
        return String.format(Locale.ROOT, "%.2f", seconds);
    }

    private static String ratio(double baselineSeconds, double seconds) {
        return baselineSeconds > 0 ? String.format(Locale.ROOT, "%.2f", baselineSeconds / seconds) : "n/a";
    }

    private record Submitted(String id, double seconds, double cpu, double simulatorCpu) {
    }

    private static Submitted submit(ProducerTemplate template, String uri, Object body, SimulatorProcess sim)
            throws Exception {
        long cpu = HeapProbe.processCpuNanos();
        long simCpu = sim.cpuNanos();
        long start = System.nanoTime();
        Exchange ex = template.request(uri, e -> e.getMessage().setBody(body));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (ex.getException() != null) {
            throw ex.getException();
        }
        String id = ex.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID, String.class);
        if (id == null) {
            throw new IllegalStateException("SubmitFeed answered without a FeedSubmissionId");
        }
        return new Submitted(id, seconds, (HeapProbe.processCpuNanos() - cpu) / 1e9, (sim.cpuNanos() - simCpu) / 1e9);
    }

    /** Each feed the route submitted is listed exactly once, _SUBMITTED_, beside curl's. */
    private static void verifySubmissions(ProducerTemplate template, Map<String, Integer> expected, int byCurl,
                                          ScenarioReport report) {
        GetFeedSubmissionListResult list = template.requestBodyAndHeader("mws:Feeds/GetFeedSubmissionList", null,
                MwsConstants.PARAMETERS, Map.of("MaxCount", "100"), GetFeedSubmissionListResult.class);
        Map<String, Integer> listed = new HashMap<>();
        List<String> statuses = new ArrayList<>();
        for (FeedSubmissionInfo info : list.records()) {
            listed.merge(info.getFeedSubmissionId(), 1, Integer::sum);
            statuses.add(info.getFeedSubmissionId() + " " + info.getFeedProcessingStatus());
        }
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            if (e.getValue() != 1 || listed.getOrDefault(e.getKey(), 0) != 1) {
                report.lostData("feed " + e.getKey() + " was answered " + e.getValue() + " time(s) and is listed "
                                + listed.getOrDefault(e.getKey(), 0) + " time(s)");
            }
        }
        if (listed.size() != expected.size() + byCurl) {
            report.lostData("GetFeedSubmissionList lists " + listed.size() + " submissions, expected "
                            + (expected.size() + byCurl));
        }
        report.figure("GetFeedSubmissionList", "%d submissions, each once (Content-MD5 accepted): %s", listed.size(),
                String.join(", ", statuses));
    }

    /** The Base64 MD5 as a shell script computes it: {@code openssl dgst -md5 -binary | base64}. */
    private static String opensslMd5(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("openssl", "dgst", "-md5", "-binary", file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] digest = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0 || digest.length != 16) {
            throw new IOException("openssl dgst -md5 failed (exit " + p.exitValue() + ")");
        }
        return java.util.Base64.getEncoder().encodeToString(digest);
    }

    /** Price and quantity rows of made-up SKUs (the feed is never processed), up to the size. */
    private static long writeFeed(Path file, long bytes) throws IOException {
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, Charset.forName("windows-1252"))) {
            String header = "sku\tprice\tquantity\n";
            w.write(header);
            written += header.length();
            for (long i = 0; written < bytes; i++) {
                String row = "SKU-" + (i % 5000) + "\t" + (10 + i % 90) + ".99\t" + (i % 500) + "\n";
                w.write(row);
                written += row.length();
            }
        }
        return Files.size(file);
    }
}
