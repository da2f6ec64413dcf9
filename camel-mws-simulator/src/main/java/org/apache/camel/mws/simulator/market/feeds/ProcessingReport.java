package org.apache.camel.mws.simulator.market.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.apache.camel.mws.simulator.market.reports.FlatFileWriter;
import org.apache.camel.mws.simulator.market.xml.Xml;

/**
 * A feed's processing report as GetFeedSubmissionResult returns it: for XML feeds an
 * {@code AmazonEnvelope/Message/ProcessingReport}, for flat files the tab-separated summary. Small (results are
 * capped), so it is kept as bytes with its MD5.
 */
record ProcessingReport(String contentType, byte[] body, String md5) {

    static ProcessingReport xml(String merchant, long feedId, FeedOutcome o) {
        Xml x = new Xml(1024 + o.results().size() * 300);
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.raw("<AmazonEnvelope xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:noNamespaceSchemaLocation=\"amzn-envelope.xsd\">");
        x.open("Header").el("DocumentVersion", "1.02").el("MerchantIdentifier", merchant).close("Header");
        x.el("MessageType", "ProcessingReport");
        x.open("Message").el("MessageID", 1).open("ProcessingReport");
        x.el("DocumentTransactionID", feedId);
        x.el("StatusCode", "Complete");
        x.open("ProcessingSummary").el("MessagesProcessed", o.processed).el("MessagesSuccessful", o.successful)
                .el("MessagesWithError", o.withError).el("MessagesWithWarning", o.withWarning)
                .close("ProcessingSummary");
        for (FeedOutcome.Result r : o.results()) {
            x.open("Result").el("MessageID", r.messageId()).el("ResultCode", r.error() ? "Error" : "Warning")
                    .el("ResultMessageCode", r.messageCode()).el("ResultDescription", r.description());
            if (r.sku() != null || r.amazonOrderId() != null) {
                x.open("AdditionalInfo").el("SKU", r.sku()).el("AmazonOrderID", r.amazonOrderId())
                        .close("AdditionalInfo");
            }
            x.close("Result");
        }
        x.close("ProcessingReport").close("Message").raw("</AmazonEnvelope>\n");
        return of("text/xml", x.toString().getBytes(StandardCharsets.UTF_8));
    }

    static ProcessingReport flat(boolean orders, long feedId, FeedOutcome o, Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512 + o.results().size() * 120);
        FlatFileWriter w = new FlatFileWriter(bytes, charset);
        w.field("Feed Processing Summary:").endLine();
        w.empty().field("Number of records processed").empty().field(o.processed).endLine();
        w.empty().field("Number of records successful").empty().field(o.successful).endLine();
        w.endLine();
        if (!o.results().isEmpty()) {
            w.header("original-record-number", orders ? "order-id" : "sku", "error-code", "error-type",
                    "error-message");
            for (FeedOutcome.Result r : o.results()) {
                w.field(r.messageId()).field(orders ? r.amazonOrderId() : r.sku()).field(r.messageCode())
                        .field(r.error() ? "Error" : "Warning").field(r.description()).endLine();
            }
        }
        try {
            w.flush();
        } catch (IOException e) {
            throw new IllegalStateException("in-memory write failed", e);
        }
        return of("text/plain;charset=" + charset.name(), bytes.toByteArray());
    }

    private static ProcessingReport of(String contentType, byte[] body) {
        try {
            String md5 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
            return new ProcessingReport(contentType, body, md5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
    }
}
