package org.apache.camel.mws.simulator.market.feeds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What processing a feed produced: counts, the results (errors and warnings) and the processing report. */
final class FeedOutcome {

    /** Results kept per feed; counts stay exact beyond it (a huge feed of bad SKUs must not fill the heap). */
    static final int MAX_RESULTS = 10_000;

    /**
     * One error or warning of the processing report.
     *
     * @param messageId     MessageID (XML) or original record number (flat file); 0 for the whole feed
     * @param error         Error, else Warning
     * @param messageCode   ResultMessageCode
     * @param description   ResultDescription
     * @param sku           AdditionalInfo/SKU, may be null
     * @param amazonOrderId AdditionalInfo/AmazonOrderID, may be null
     */
    record Result(long messageId, boolean error, int messageCode, String description, String sku,
            String amazonOrderId) {
    }

    long processed;
    long successful;
    long withError;
    long withWarning;
    private final List<Result> results = new ArrayList<>();

    void success() {
        processed++;
        successful++;
    }

    void error(long messageId, int code, String description, String sku, String orderId) {
        processed++;
        withError++;
        add(new Result(messageId, true, code, description, sku, orderId));
    }

    void warning(long messageId, int code, String description, String sku, String orderId) {
        processed++;
        successful++;
        withWarning++;
        add(new Result(messageId, false, code, description, sku, orderId));
    }

    /** The whole feed failed before any message could be processed. */
    void fatal(String description) {
        withError++;
        add(new Result(0, true, 5001, description, null, null));
    }

    private void add(Result r) {
        if (results.size() < MAX_RESULTS) {
            results.add(r);
        }
    }

    List<Result> results() {
        return Collections.unmodifiableList(results);
    }
}
