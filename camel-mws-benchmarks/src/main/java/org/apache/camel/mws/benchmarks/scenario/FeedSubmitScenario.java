package org.apache.camel.mws.benchmarks.scenario;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.transport.ContentMd5;
import org.apache.camel.mws.benchmarks.support.CurlClient;
import org.apache.camel.mws.benchmarks.support.HeapProbe;
import org.apache.camel.mws.benchmarks.support.SimulatedMws;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.market.feeds.Feeds;

/**
 * A big flat-file feed submitted by a Camel route ({@code mws:Feeds/SubmitFeed}: its MD5 computed from the file, the
 * file streamed as the body), from a File and from an InputStream (spooled to disk first), compared with
 * {@code curl -T} of the same signed request, in a JVM of {@code -Xmx128m} (the simulator, which spools and hashes
 * the feed too, runs in it). Feed processing is set to take a month, so that only the submission is measured.
 *
 * <pre>
 * java -Xmx128m -cp camel-mws-benchmarks/target/benchmarks.jar \
 *      org.apache.camel.mws.benchmarks.scenario.FeedSubmitScenario [MiB]      (default 500)
 * </pre>
 */
public final class FeedSubmitScenario implements Scenario {

    private static final String FEED_TYPE = "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_";
    private static final String CONTENT_TYPE = "text/tab-separated-values; charset=iso-8859-1";

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
        Path work = Files.createTempDirectory("mws-feed-submit-");
        try (MwsSimulator sim = MwsSimulator.builder().httpsPort(-1).serverThrottling(false)
                .marketSettings(s -> s.withFeedProcessingTime(Duration.ofDays(30))).start();
             SimulatedMws mws = SimulatedMws.connect(sim)) {
            run(sim, mws, bytes, work, report);
        } finally {
            deleteTree(work);
        }
    }

    private void run(MwsSimulator sim, SimulatedMws mws, long bytes, Path work, ScenarioReport report)
            throws Exception {
        Path feed = work.resolve("feed.txt");
        long written = writeFeed(sim, feed, bytes);
        long md5Start = System.nanoTime();
        String md5 = ContentMd5.of(feed);
        double md5Seconds = (System.nanoTime() - md5Start) / 1e9;
        report.figure("feed", "%s, %,d bytes (%.0f MiB) of price and quantity rows", FEED_TYPE, written,
                written / (double) (1 << 20));
        report.figure("MD5 of the feed file alone (ContentMd5.of, this JVM)", "%.2f s = %,.0f MB/s", md5Seconds,
                written / 1e6 / md5Seconds);

        ProducerTemplate template = mws.camel().createProducerTemplate();
        String uri = "mws:Feeds/SubmitFeed?feedType=" + FEED_TYPE + "&spoolDirectory=" + work;
        // warm-up: a small feed through the same endpoint
        Path small = work.resolve("small.txt");
        writeFeed(sim, small, 64 * 1024);
        submit(template, uri, small, sim, report);

        boolean curl = CurlClient.available();
        CurlClient client = new CurlClient(sim, work);
        List<List<String>> rows = new ArrayList<>();
        HeapProbe.settledHeapBytes();
        try (HeapProbe heap = HeapProbe.start()) {
            if (curl) {
                long cpu = HeapProbe.processCpuNanos();
                CurlClient.Transfer t = client.upload("Feeds", "SubmitFeed", Map.of("FeedType", FEED_TYPE,
                        "ContentMD5Value", md5), feed, CONTENT_TYPE);
                if (t.httpStatus() != 200) {
                    throw new IllegalStateException("curl's SubmitFeed got HTTP " + t.httpStatus());
                }
                rows.add(List.of("curl -T (MD5 computed beforehand, not timed)", secs(t.seconds()),
                        mbps(written / 1e6 / t.seconds()),
                        String.format("%.2f (the simulator)", (HeapProbe.processCpuNanos() - cpu) / 1e9)));
            }
            Submitted fromFile = submit(template, uri, feed, sim, report);
            rows.add(List.of("route, File body: MD5 from the file + upload", secs(fromFile.seconds()),
                    mbps(written / 1e6 / fromFile.seconds()), String.format("%.2f", fromFile.cpuSeconds())));
            Submitted fromStream;
            try (InputStream in = Files.newInputStream(feed)) {
                fromStream = submit(template, uri, in, sim, report);
            }
            rows.add(List.of("route, InputStream body: spooled to disk + MD5 + upload", secs(fromStream.seconds()),
                    mbps(written / 1e6 / fromStream.seconds()), String.format("%.2f", fromStream.cpuSeconds())));
            report.line("");
            report.table(List.of("submission", "seconds", "MB/s", "JVM CPU-seconds (simulator + route)"), rows);
            report.figure("peak heap used (sampled every 50 ms, garbage and the simulator included)", "%s of -Xmx %s",
                    HeapProbe.mib(heap.peakHeapBytes()), HeapProbe.mib(Runtime.getRuntime().maxMemory()));
        }
        try (Stream<Path> left = Files.list(work)) {
            long spooled = left.filter(p -> p.getFileName().toString().startsWith("mws-feed-")).count();
            if (spooled > 0) {
                report.lostData(spooled + " spooled feed copies were left in the spool directory");
            }
        }
    }

    private record Submitted(double seconds, double cpuSeconds) {
    }

    private static Submitted submit(ProducerTemplate template, String uri, Object body, MwsSimulator sim,
                                    ScenarioReport report) throws Exception {
        int before = sim.market().feeds().submissions(sim.sellerId()).size();
        long cpu = HeapProbe.processCpuNanos();
        long start = System.nanoTime();
        Exchange ex = template.request(uri, e -> e.getMessage().setBody(body));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (HeapProbe.processCpuNanos() - cpu) / 1e9;
        if (ex.getException() != null) {
            throw ex.getException();
        }
        String id = ex.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID, String.class);
        List<Feeds.FeedView> after = sim.market().feeds().submissions(sim.sellerId());
        if (after.size() != before + 1 || !after.get(0).feedSubmissionId().equals(id)) {
            report.lostData("feed " + id + " is not (exactly once) among the simulator's submissions");
        }
        return new Submitted(seconds, cpuSeconds);
    }

    /** Price and quantity rows for the seller's SKUs, repeated up to the size. */
    private static long writeFeed(MwsSimulator sim, Path file, long bytes) throws IOException {
        List<String> skus = sim.market().listings(sim.sellerId()).stream().map(l -> l.sku()).toList();
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, Charset.forName("windows-1252"))) {
            String header = "sku\tprice\tquantity\n";
            w.write(header);
            written += header.length();
            for (long i = 0; written < bytes; i++) {
                String row = skus.get((int) (i % skus.size())) + "\t" + (10 + i % 90) + ".99\t" + (i % 500) + "\n";
                w.write(row);
                written += row.length();
            }
        }
        return Files.size(file);
    }

    private static String secs(double s) {
        return String.format("%.2f", s);
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
