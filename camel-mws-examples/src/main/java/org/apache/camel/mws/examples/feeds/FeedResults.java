package org.apache.camel.mws.examples.feeds;

import java.io.StringWriter;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.model.feeds.ProcessingReport;
import org.apache.camel.component.mws.model.feeds.ProcessingResult;
import org.apache.camel.component.mws.model.feeds.ProcessingSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a feed's processing report into the message of the results queue (the report as XML, its counts as
 * headers) and tells the log its outcome: one line for the feed, one per error.
 */
public final class FeedResults {

    /** Header: the seller the feed was for. */
    public static final String SELLER_ID = "MwsSellerId";
    /** Header: DONE (processed; see the counts), REJECTED (not a valid update) or UNCERTAIN (see the log). */
    public static final String OUTCOME = "MwsFeedOutcome";
    /** Header: MessagesProcessed. */
    public static final String PROCESSED = "MwsMessagesProcessed";
    /** Header: MessagesSuccessful. */
    public static final String SUCCESSFUL = "MwsMessagesSuccessful";
    /** Header: MessagesWithError. */
    public static final String ERRORS = "MwsMessagesWithError";

    private static final Logger LOG = LoggerFactory.getLogger("org.apache.camel.mws.examples.Feeds");
    private static final JAXBContext JAXB;

    static {
        try {
            JAXB = JAXBContext.newInstance(ProcessingReport.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private FeedResults() {
    }

    /** Logs the outcome of the ProcessingReport body and replaces it by its XML, with the counts as headers. */
    public static void toResultMessage(Exchange exchange) throws JAXBException {
        Message m = exchange.getMessage();
        ProcessingReport report = m.getBody(ProcessingReport.class);
        String seller = m.getHeader(SELLER_ID, String.class);
        String feedId = m.getHeader(MwsConstants.FEED_SUBMISSION_ID, String.class);
        ProcessingSummary s = report.getProcessingSummary();
        int processed = s == null || s.getMessagesProcessed() == null ? 0 : s.getMessagesProcessed();
        int successful = s == null || s.getMessagesSuccessful() == null ? 0 : s.getMessagesSuccessful();
        int errors = report.getErrorCount();
        LOG.info("Feed {} for seller {} processed: {} updates, {} successful, {} with errors", feedId, seller,
                processed, successful, errors);
        for (ProcessingResult r : report.getErrors()) {
            String sku = r.getAdditionalInfo() == null ? null : r.getAdditionalInfo().getSKU();
            LOG.warn("Feed {} for seller {}: error {} in message {}{}: {}", feedId, seller, r.getResultMessageCode(),
                    r.getMessageID(), sku == null ? "" : " (SKU " + sku + ")", r.getResultDescription());
        }
        m.setHeader(OUTCOME, "DONE");
        m.setHeader(PROCESSED, processed);
        m.setHeader(SUCCESSFUL, successful);
        m.setHeader(ERRORS, errors);
        m.setBody(xml(report));
    }

    static String xml(ProcessingReport report) throws JAXBException {
        Marshaller marshaller = JAXB.createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
        StringWriter out = new StringWriter();
        marshaller.marshal(report, out);
        return out.toString();
    }
}
