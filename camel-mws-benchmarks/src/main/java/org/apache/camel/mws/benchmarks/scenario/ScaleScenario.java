package org.apache.camel.mws.benchmarks.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mws.MwsComponent;
import org.apache.camel.component.mws.MwsConfiguration;
import org.apache.camel.component.mws.throttle.InMemoryThrottleStore;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.mws.benchmarks.support.AnswerCounter;
import org.apache.camel.mws.benchmarks.support.HeapProbe;
import org.apache.camel.mws.benchmarks.support.PagedOrderSync;
import org.apache.camel.mws.benchmarks.support.RequestTimeline;
import org.apache.camel.mws.benchmarks.support.SimulatorProcess;
import org.apache.camel.mws.simulator.spi.SellerAccount;

/**
 * Scenario 2: many sellers synced at once by one JVM. Every seller has its own endpoint (one route per seller, as
 * a developer acting for many sellers writes it) and lists its orders page after page through its own ListOrders
 * bucket (6, one more per minute), all sellers starting together. The simulator runs in a JVM of its own, so the
 * heap and threads printed are the component's (and this harness's one thread per seller, which waits in the
 * pacer). Figures: the aggregate rate after the bursts against the sum of the sellers' restore rates, how much
 * later the slowest seller finished than the fastest, heap and threads per seller, throttled answers.
 * <p>
 * The rate counts each seller's pages after its burst over the time from its first answer to its last: the
 * server's bucket restores from the moment it received the first request, so no client can go faster from there.
 * The rate over the wall time from the start is printed beside it; it also charges every seller for the queue of
 * the bursts (6 requests a seller at once for 100 connections and two cores), a one-off that weighs 10% or more
 * when only 4 pages follow the burst. A {@link RequestTimeline} times every request, so the report says where the
 * time went (first answers, the pacer's slots, late wake-ups, waits for a connection).
 */
public class ScaleScenario implements Scenario {

    static final int BURST = 6;
    static final int PAGE_SIZE = 10;

    /** One size: how many sellers, how many pages each after the burst, at which time scale. */
    record Run(int sellers, int pagesAfterBurst, double timeScale) {
        Duration interval() {
            return Duration.ofNanos(Math.round(Duration.ofMinutes(1).toNanos() / timeScale));
        }
    }

    @Override
    public String name() {
        return "scale";
    }

    @Override
    public String title() {
        return "scale: 1,000 and 10,000 sellers synced at once by one JVM (rate vs restore rates, fairness, heap)";
    }

    /** 10,000 sellers peaked at 837 MiB of used heap (garbage included) in a 2 GiB heap. */
    @Override
    public String maxHeap() {
        return "2g";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void run(Size size, ScenarioReport report) throws Exception {
        // 1,000 sellers at time scale 5 and 10,000 at MWS's real rates (time scale 1) ask for 83 and 167 requests/s
        // after the bursts, which two cores can serve; the bursts (6 pages a seller at once) are what loads them
        List<Run> runs = size == Size.QUICK ? List.of(new Run(1_000, 4, 5))
                : List.of(new Run(1_000, 8, 5), new Run(10_000, 4, 1));
        List<List<String>> rows = new ArrayList<>();
        for (Run run : runs) {
            rows.add(run(run, report));
        }
        report.table(List.of("sellers", "pages each", "time scale (restore interval)", "sum of restore rates",
                "aggregate rate after bursts (over the wall time)",
                "rate / restore rates (each seller from its first answer)", "rate / restore rates (over the wall time)",
                "slowest / fastest", "wall time",
                "503 answers", "orders missing", "peak heap (per seller)", "settled heap with endpoints (per seller)",
                "peak threads (per seller)"), rows);
    }

    private List<String> run(Run run, ScenarioReport report) throws Exception {
        int pages = BURST + run.pagesAfterBurst();
        int orders = pages * PAGE_SIZE;
        report.line("-- %,d sellers, %d pages of %d orders each, time scale %s (restore interval %.1f s), simulator in"
                    + " its own JVM", run.sellers(), pages, PAGE_SIZE, run.timeScale(), run.interval().toMillis() / 1e3);
        try (SimulatorProcess sim = SimulatorProcess.start("4g", run.sellers(), List.of("--orders-per-seller",
                String.valueOf(orders), "--new-orders-per-hour", "0", "--time-scale", String.valueOf(run.timeScale())));
             HeapProbe probe = HeapProbe.start()) {
            long baselineHeap = HeapProbe.settledHeapBytes();
            int baselineThreads = HeapProbe.threads();
            MwsComponent mws = new MwsComponent();
            MwsConfiguration c = mws.getConfiguration();
            c.setEndpoint(sim.httpBaseUrl());
            c.setAccessKeyId(sim.accounts().thirdPartyDeveloper().accessKeyId());
            c.setSecretKey(sim.accounts().thirdPartyDeveloper().secretKey());
            mws.setMaxConnections(100);
            RequestTimeline timeline = new RequestTimeline();
            mws.setThrottleStore(timeline.store(new InMemoryThrottleStore()));
            CamelContext camel = new DefaultCamelContext();
            camel.addComponent("mws", mws);
            camel.start();
            try {
                AnswerCounter counter = new AnswerCounter(timeline.pacer(mws.getRequestPacer()));
                mws.setRequestPacer(counter);
                List<SellerAccount> sellers = sim.accounts().sellers();
                String[] uris = new String[sellers.size()];
                for (int i = 0; i < uris.length; i++) {
                    SellerAccount s = sellers.get(i);
                    uris[i] = "mws:Orders/ListOrders?sellerId=" + s.sellerId() + "&mwsAuthToken=RAW("
                              + sim.accounts().authToken(s.sellerId()) + ")&marketplace=" + s.marketplaceIds().get(0)
                              + "&timeScale=" + run.timeScale();
                    camel.getEndpoint(uris[i]).start();
                }
                long endpointsHeap = HeapProbe.settledHeapBytes();
                // one cached producer per seller's endpoint (the default cache holds 1,000)
                ProducerTemplate template = camel.createProducerTemplate(uris.length);
                long[] finished = new long[uris.length];
                int[] delivered = new int[uris.length];
                RequestTimeline.Trace[] traces = new RequestTimeline.Trace[uris.length];
                AtomicReference<Throwable> failure = new AtomicReference<>();
                CountDownLatch go = new CountDownLatch(1);
                List<Thread> threads = new ArrayList<>();
                for (int i = 0; i < uris.length; i++) {
                    int seller = i;
                    Thread t = new Thread(() -> {
                        try {
                            go.await();
                            traces[seller] = new RequestTimeline.Trace();
                            timeline.begin(traces[seller]);
                            Set<String> ids = new HashSet<>();
                            // every marketplace of the seller (some sell in several of one region)
                            Map<String, Object> first = Map.of("CreatedAfter", "2000-01-01T00:00:00Z",
                                    "MaxResultsPerPage", String.valueOf(PAGE_SIZE),
                                    "MarketplaceId", sellers.get(seller).marketplaceIds());
                            new PagedOrderSync(template, uris[seller], first).run(ids, null);
                            delivered[seller] = ids.size();
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                        } finally {
                            finished[seller] = System.nanoTime();
                        }
                    }, "seller-" + i);
                    t.setDaemon(true);
                    threads.add(t);
                    t.start();
                }
                long cpuStart = HeapProbe.processCpuNanos();
                long simCpuStart = sim.cpuNanos();
                long start = System.nanoTime();
                go.countDown();
                for (Thread t : threads) {
                    t.join();
                }
                long end = System.nanoTime();
                if (failure.get() != null) {
                    report.line("a seller's sync failed: " + failure.get());
                }
                long missing = Arrays.stream(delivered).mapToLong(d -> orders - d).sum();
                if (missing > 0) {
                    report.lostData(missing + " orders not delivered across " + run.sellers() + " sellers");
                }
                double wall = (end - start) / 1e9;
                double clientCpu = (HeapProbe.processCpuNanos() - cpuStart) / 1e9;
                double simCpu = (sim.cpuNanos() - simCpuStart) / 1e9;
                long requests = counter.answers();
                report.figure("CPU used during the sync", "this JVM %.1f s, the simulator's JVM %.1f s, over %.1f s of"
                                                          + " wall time (%.2f of the 2 cores)",
                        clientCpu, simCpu, wall, (clientCpu + simCpu) / wall);
                report.figure("CPU per request", "%.2f ms in this JVM (component and harness), %.2f ms in the"
                                                 + " simulator, for %,d requests: this JVM alone could sustain about"
                                                 + " %,.0f requests/s per core",
                        clientCpu * 1e3 / requests, simCpu * 1e3 / requests, requests, requests / clientCpu);
                long[] took = Arrays.stream(finished).map(f -> f - start).sorted().toArray();
                double fairness = took[took.length - 1] / (double) took[0];
                double restoreRates = run.sellers() / (run.interval().toNanos() / 1e9);
                double rate = (double) run.sellers() * run.pagesAfterBurst() / wall;
                double fractionFromGo = rate / restoreRates;
                TimelineFigures timing = TimelineFigures.of(traces, finished, start, run.interval().toNanos());
                timing.print(report);
                double fraction = timing.rateFromFirstAnswer();
                report.figure("aggregate rate / sum of restore rates", "%.3f with each seller's pages after the burst"
                                                                       + " timed from its first answer; %.3f over"
                                                                       + " the wall time from the start",
                        fraction, fractionFromGo);
                report.goal("aggregate rate / sum of restore rates (each seller from its first answer)", ">= 0.9",
                        fraction >= 0.9);
                report.goal("slowest / fastest seller", "<= 1.5", fairness <= 1.5);
                report.goal("503 answers", "= 0", counter.status503() == 0);
                long peakHeap = probe.peakHeapBytes() - baselineHeap;
                long threadsUsed = probe.peakThreads() - baselineThreads;
                return List.of(String.format("%,d", run.sellers()), String.valueOf(pages),
                        String.format("%s (%.1f s)", run.timeScale(), run.interval().toMillis() / 1e3),
                        String.format("%,.1f req/s", restoreRates), String.format("%,.1f req/s", rate),
                        String.format("%.3f", fraction), String.format("%.3f", fractionFromGo),
                        String.format("%.3f", fairness), String.format("%.1f s", wall),
                        String.valueOf(counter.status503()), String.valueOf(missing),
                        String.format("%s (%.1f KiB)", HeapProbe.mib(peakHeap), peakHeap / 1024.0 / run.sellers()),
                        String.format("%s (%.1f KiB)", HeapProbe.mib(endpointsHeap - baselineHeap),
                                (endpointsHeap - baselineHeap) / 1024.0 / run.sellers()),
                        String.format("%,d (%.2f)", threadsUsed, threadsUsed / (double) run.sellers()));
            } finally {
                camel.stop();
            }
        }
    }
}
