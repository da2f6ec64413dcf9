package org.apache.camel.mws.benchmarks.scenario;

import java.util.Arrays;
import java.util.function.IntToLongFunction;

import org.apache.camel.mws.benchmarks.support.RequestTimeline;

/**
 * Where the time of a many-seller sync went, from the {@link RequestTimeline} of every seller: when each seller's
 * first request was answered (its bucket starts restoring no later than that), how far the pacer's slots for the
 * pages after the burst lay behind one restore interval per page counted from that answer, how late the waiting
 * threads woke after their slot, how long a request took from its permit to its answer (waiting for one of the
 * pooled connections included), and how much later than the ideal each seller finished.
 */
final class TimelineFigures {

    private static final int BURST = ScaleScenario.BURST;

    private final RequestTimeline.Trace[] traces;
    private final long[] finished;
    private final long start;
    private final long interval;

    private TimelineFigures(RequestTimeline.Trace[] traces, long[] finished, long start, long interval) {
        this.traces = traces;
        this.finished = finished;
        this.start = start;
        this.interval = interval;
    }

    static TimelineFigures of(RequestTimeline.Trace[] traces, long[] finished, long start, long interval) {
        return new TimelineFigures(traces, finished, start, interval);
    }

    /**
     * The aggregate rate of the pages after the burst, each seller's counted from its first answer (when its bucket
     * restores from at the latest), as a fraction of the sum of the restore rates: the mean over the sellers of
     * (pages after the burst x interval) / (finish - first answer). Unlike the rate over the wall time from the
     * start, it does not charge the sellers for the queue of their first requests (a thousand of them at once for
     * a hundred connections), a one-off that the quick size's 4 pages after the burst make weigh 10%.
     */
    double rateFromFirstAnswer() {
        double sum = 0;
        int n = 0;
        for (int s = 0; s < traces.length; s++) {
            RequestTimeline.Trace t = traces[s];
            if (t == null || t.requests() <= BURST) {
                continue;
            }
            int after = t.requests() - BURST;
            sum += after * (double) interval / (finished[s] - t.answered(0));
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    void print(ScenarioReport report) {
        report.figure("first answer after the start", "%s", stats(s -> traces[s].answered(0) - start));
        report.figure("burst answered (6th answer) after the start", "%s", stats(s -> traces[s].answered(BURST - 1) - start));
        report.figure("permit to answer, burst requests", "%s", statsOfRequests(0, BURST, (t, i) -> t.answered(i) - t.permitted(i)));
        report.figure("permit to answer, requests after the burst", "%s", statsOfRequests(BURST, Integer.MAX_VALUE, (t, i) -> t.answered(i) - t.permitted(i)));
        report.figure("thread woke after its slot (requests that waited)", "%s", statsOfRequests(0, Integer.MAX_VALUE, (t, i) -> t.slot(i) > t.asked(i) ? t.permitted(i) - t.slot(i) : -1));
        report.figure("pacer's slot after (first answer + k intervals), k-th page after the burst", "%s", statsOfRequests(BURST, Integer.MAX_VALUE,
                        (t, i) -> t.slot(i) - (t.answered(0) + (long) (i - BURST + 1) * interval)));
        report.figure("page asked for after (first answer + k intervals), k-th page after the burst", "%s", statsOfRequests(BURST, Integer.MAX_VALUE,
                        (t, i) -> t.asked(i) - (t.answered(0) + (long) (i - BURST + 1) * interval)));
        report.figure("seller finished after (first answer + pages after the burst x interval)", "%s", stats(s -> finished[s] - traces[s].answered(0) - (long) (traces[s].requests() - BURST) * interval));
        report.figure("seller finished after the start", "%s", stats(s -> finished[s] - start));
    }

    private interface PerRequest {
        long of(RequestTimeline.Trace t, int i);
    }

    private String stats(IntToLongFunction perSeller) {
        long[] v = new long[traces.length];
        int n = 0;
        for (int s = 0; s < traces.length; s++) {
            if (traces[s] != null && traces[s].requests() > BURST) {
                v[n++] = perSeller.applyAsLong(s);
            }
        }
        return describe(Arrays.copyOf(v, n));
    }

    private String statsOfRequests(int from, int to, PerRequest f) {
        long[] v = new long[64];
        int n = 0;
        for (RequestTimeline.Trace t : traces) {
            if (t == null) {
                continue;
            }
            for (int i = from; i < Math.min(to, t.requests()); i++) {
                long x = f.of(t, i);
                if (x == -1) {
                    continue;
                }
                if (n == v.length) {
                    v = Arrays.copyOf(v, n * 2);
                }
                v[n++] = x;
            }
        }
        return describe(Arrays.copyOf(v, n));
    }

    private static String describe(long[] v) {
        if (v.length == 0) {
            return "none";
        }
        Arrays.sort(v);
        return String.format("min %s, median %s, p90 %s, p99 %s, max %s (%,d values)", ms(v[0]), ms(v[v.length / 2]),
                ms(v[(int) (v.length * 0.9)]), ms(v[(int) (v.length * 0.99)]), ms(v[v.length - 1]), v.length);
    }

    private static String ms(long nanos) {
        return String.format("%.0f ms", nanos / 1e6);
    }
}
