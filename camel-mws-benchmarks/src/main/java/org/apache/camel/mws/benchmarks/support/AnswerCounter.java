package org.apache.camel.mws.benchmarks.support;

import java.util.concurrent.atomic.LongAdder;

import org.apache.camel.component.mws.MwsThrottledException;
import org.apache.camel.component.mws.transport.MwsCall;
import org.apache.camel.component.mws.transport.MwsResponseHead;
import org.apache.camel.component.mws.transport.RequestPacer;

/**
 * Wraps the component's pacer to count, from the client's side, every answer and every throttled one (including
 * those the pacer waits out and sends again, which a route never sees).
 */
public final class AnswerCounter implements RequestPacer {

    private final RequestPacer pacer;
    private final LongAdder answers = new LongAdder();
    private final LongAdder status503 = new LongAdder();
    private final LongAdder throttled = new LongAdder();

    public AnswerCounter(RequestPacer pacer) {
        this.pacer = pacer;
    }

    @Override
    public void beforeSend(MwsCall call) throws InterruptedException {
        pacer.beforeSend(call);
    }

    @Override
    public void afterResponse(MwsCall call, MwsResponseHead response) {
        answers.increment();
        if (response.status() == 503) {
            status503.increment();
        }
        pacer.afterResponse(call, response);
    }

    @Override
    public boolean onThrottled(MwsCall call, MwsThrottledException exception) throws InterruptedException {
        throttled.increment();
        return pacer.onThrottled(call, exception);
    }

    public long answers() {
        return answers.sum();
    }

    /** Answers with HTTP 503 (RequestThrottled, QuotaExceeded or ServiceUnavailable). */
    public long status503() {
        return status503.sum();
    }

    /** RequestThrottled and QuotaExceeded answers. */
    public long throttled() {
        return throttled.sum();
    }
}
