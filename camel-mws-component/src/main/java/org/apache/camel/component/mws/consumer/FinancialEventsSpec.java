package org.apache.camel.component.mws.consumer;

import java.time.Duration;

import org.apache.camel.Message;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.model.finances.FinancialEvent;

/**
 * Finances/ListFinancialEvents by PostedAfter and PostedBefore: one exchange per financial event (shipment, refund,
 * service fee, adjustment, ...), its body the {@link FinancialEvent}.
 */
final class FinancialEventsSpec extends DateWindowSpec {

    static final Duration MAX_WINDOW = Duration.ofDays(179);

    FinancialEventsSpec() {
        super("PostedAfter", "PostedBefore", "AmazonOrderId", "FinancialEventGroupId");
    }

    /** MWS answers nothing (not an error) for a window over 180 days: a long way back is walked in shorter ones. */
    @Override
    public Duration maxWindow() {
        return MAX_WINDOW;
    }

    @Override
    public void describe(Object record, ListingPage page, Message message) {
        FinancialEvent event = (FinancialEvent) record;
        message.setBody(event);
        message.setHeader(MwsConstants.FINANCIAL_EVENT_TYPE, event.getEventType());
        message.setHeader(MwsConstants.POSTED_DATE, event.getPostedDate());
        message.setHeader(MwsConstants.AMAZON_ORDER_ID, event.getAmazonOrderId());
    }
}
