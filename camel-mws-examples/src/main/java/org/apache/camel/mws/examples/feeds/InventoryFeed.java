package org.apache.camel.mws.examples.feeds;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.apache.camel.component.mws.xml.SecureStax;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An inventory feed ({@code _POST_INVENTORY_AVAILABILITY_DATA_}, an AmazonEnvelope of Inventory messages) made from
 * an inventory update as it arrives on the queue: either such an XML feed already, or CSV with a header line naming
 * the columns {@code sku}, {@code quantity} and optionally {@code fulfillment-latency} (comma or tab separated).
 *
 * @param xml             the feed
 * @param format          {@code xml} or {@code csv}: what arrived
 * @param merchantId      the envelope's MerchantIdentifier (null when an XML update has none)
 * @param messages        how many Inventory messages the feed carries
 */
public record InventoryFeed(String xml, String format, String merchantId, int messages) {

    /** The MWS feed type of inventory feeds. */
    public static final String FEED_TYPE = "_POST_INVENTORY_AVAILABILITY_DATA_";

    /**
     * @param  update                          the message body
     * @param  sellerId                        the seller the CSV's feed is for (MerchantIdentifier)
     * @throws InvalidInventoryUpdateException when it is neither an inventory feed nor CSV with sku and quantity
     */
    public static InventoryFeed of(String update, String sellerId) throws InvalidInventoryUpdateException {
        if (update == null || update.isBlank()) {
            throw new InvalidInventoryUpdateException("the message is empty: send an inventory feed (XML) or CSV"
                                                      + " with the columns sku,quantity");
        }
        String text = update.strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.startsWith("<") ? ofXml(text) : ofCsv(text, sellerId);
    }

    /** Checks that an XML update is an AmazonEnvelope of Inventory messages, and counts them. */
    static InventoryFeed ofXml(String xml) throws InvalidInventoryUpdateException {
        String root = null;
        String messageType = null;
        String merchant = null;
        int messages = 0;
        try {
            XMLStreamReader r = SecureStax.open(xml.getBytes(StandardCharsets.UTF_8));
            try {
                root = SecureStax.toRootElement(r);
                if (!"AmazonEnvelope".equals(root)) {
                    throw new InvalidInventoryUpdateException("the XML's root element is <" + root
                                                              + ">, not <AmazonEnvelope>");
                }
                int depth = 1;
                while (r.hasNext() && depth > 0) {
                    int event = r.next();
                    if (event == XMLStreamReader.START_ELEMENT) {
                        String name = r.getLocalName();
                        if (depth == 1 && "MessageType".equals(name)) {
                            messageType = SecureStax.readText(r).trim();
                        } else if (depth == 1 && "Message".equals(name)) {
                            messages++;
                            SecureStax.skipElement(r);
                        } else if (depth == 2 && "MerchantIdentifier".equals(name)) {
                            merchant = SecureStax.readText(r).trim();
                        } else {
                            depth++;
                        }
                    } else if (event == XMLStreamReader.END_ELEMENT) {
                        depth--;
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new InvalidInventoryUpdateException("the XML is not well-formed: " + e.getMessage());
        }
        if (!"Inventory".equals(messageType)) {
            throw new InvalidInventoryUpdateException("the AmazonEnvelope's MessageType is " + messageType
                                                      + ", not Inventory");
        }
        if (messages == 0) {
            throw new InvalidInventoryUpdateException("the AmazonEnvelope carries no Message");
        }
        return new InventoryFeed(xml, "xml", merchant, messages);
    }

    /** Converts CSV rows into Inventory messages, one per row, numbered from 1. */
    static InventoryFeed ofCsv(String csv, String sellerId) throws InvalidInventoryUpdateException {
        String firstLine = csv.lines().findFirst().orElse("");
        CSVFormat format = (firstLine.contains("\t") ? CSVFormat.TDF : CSVFormat.DEFAULT).builder().setHeader()
                .setSkipHeaderRecord(true).setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get();
        List<String[]> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (!header.containsKey("sku") || !header.containsKey("quantity")) {
                throw new InvalidInventoryUpdateException("the CSV header line is '" + firstLine
                                                          + "'; it must name the columns sku and quantity"
                                                          + " (optionally fulfillment-latency)");
            }
            boolean latency = header.containsKey("fulfillment-latency");
            for (CSVRecord row : parser) {
                String sku = row.get("sku");
                String quantity = row.get("quantity");
                if (sku.isEmpty() || !quantity.matches("\\d{1,9}")) {
                    throw new InvalidInventoryUpdateException("CSV line " + parser.getCurrentLineNumber()
                                                              + ": needs a sku and a quantity of 0 or more, got '"
                                                              + String.join(",", row.values()) + "'");
                }
                String days = latency && row.isSet("fulfillment-latency") ? row.get("fulfillment-latency") : "";
                rows.add(new String[] { sku, quantity, days });
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInventoryUpdateException("the CSV cannot be read: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new InvalidInventoryUpdateException("the CSV has a header line but no rows");
        }
        return new InventoryFeed(envelope(sellerId, rows), "csv", sellerId, rows.size());
    }

    private static String envelope(String sellerId, List<String[]> rows) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("AmazonEnvelope");
            w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            w.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "noNamespaceSchemaLocation",
                    "amzn-envelope.xsd");
            w.writeStartElement("Header");
            element(w, "DocumentVersion", "1.01");
            element(w, "MerchantIdentifier", sellerId);
            w.writeEndElement();
            element(w, "MessageType", "Inventory");
            int id = 1;
            for (String[] row : rows) {
                w.writeStartElement("Message");
                element(w, "MessageID", Integer.toString(id++));
                element(w, "OperationType", "Update");
                w.writeStartElement("Inventory");
                element(w, "SKU", row[0]);
                element(w, "Quantity", row[1]);
                if (!row[2].isEmpty()) {
                    element(w, "FulfillmentLatency", row[2]);
                }
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write an inventory feed", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
