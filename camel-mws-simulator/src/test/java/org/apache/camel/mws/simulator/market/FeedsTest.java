package org.apache.camel.mws.simulator.market;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import org.apache.camel.mws.simulator.market.data.Listing;
import org.apache.camel.mws.simulator.market.data.Order;
import org.apache.camel.mws.simulator.market.data.OrderStatus;
import org.apache.camel.mws.simulator.market.feeds.Feeds;
import org.apache.camel.mws.simulator.spi.SimException;
import org.apache.camel.mws.simulator.spi.SimResponse;

import static org.apache.camel.mws.simulator.market.Market.SELLER_DE;
import static org.apache.camel.mws.simulator.market.Market.SELLER_JP;
import static org.apache.camel.mws.simulator.market.Market.SELLER_US;
import static org.apache.camel.mws.simulator.market.Market.all;
import static org.apache.camel.mws.simulator.market.Market.assertError;
import static org.apache.camel.mws.simulator.market.Market.child;
import static org.apache.camel.mws.simulator.market.Market.children;
import static org.apache.camel.mws.simulator.market.Market.params;
import static org.apache.camel.mws.simulator.market.Market.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedsTest {

    static final String INVENTORY = "_POST_INVENTORY_AVAILABILITY_DATA_";
    static final String FULFILLMENT = "_POST_ORDER_FULFILLMENT_DATA_";
    static final String PRICE_QTY = "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_";

    @TempDir
    Path dir;
    Market m;
    int files;

    @BeforeEach
    void setUp() {
        m = new Market(MarketSettings.defaults().withOrdersPerSeller(600).withMaxFeedBytes(200_000), 600);
    }

    @AfterEach
    void tearDown() {
        m.close();
    }

    Path file(byte[] content) throws Exception {
        Path p = dir.resolve("feed-" + files++);
        Files.write(p, content);
        return p;
    }

    static String md5(byte[] b) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(b));
    }

    SimResponse submitRaw(String seller, String type, byte[] body, String md5, String contentType,
            String... extra) throws Exception {
        Map<String, String> p = params(extra);
        p.put("FeedType", type);
        if (md5 != null) {
            p.put("ContentMD5Value", md5);
        }
        return m.call(seller, "Feeds/SubmitFeed", p, file(body), contentType);
    }

    /** Submits a feed and returns its FeedSubmissionInfo. */
    Element submit(String seller, String type, String body, Charset cs, String contentType) throws Exception {
        byte[] bytes = body.getBytes(cs);
        SimResponse r = submitRaw(seller, type, bytes, md5(bytes), contentType);
        return child(Market.parse("<R>" + ((SimResponse.XmlResult) r).resultInnerXml() + "</R>"),
                "FeedSubmissionInfo");
    }

    Element info(String seller, String id) {
        return child(m.xml(seller, "Feeds/GetFeedSubmissionList", "FeedSubmissionIdList.Id.1", id),
                "FeedSubmissionInfo");
    }

    byte[] result(String seller, String id) throws Exception {
        SimResponse.RawBody raw = (SimResponse.RawBody) m.call(seller, "Feeds/GetFeedSubmissionResult",
                params("FeedSubmissionId", id));
        byte[] body = Market.body(raw);
        assertEquals(raw.contentLength(), body.length);
        assertEquals(md5(body), raw.contentMd5());
        return body;
    }

    void processFeeds() {
        m.clock.advanceMws(m.sim.settings().feedProcessingTime().plusSeconds(1));
    }

    static String envelope(String seller, String type, String messages) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AmazonEnvelope xmlns:xsi=\"http://www.w3.org/2001/"
                + "XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"amzn-envelope.xsd\"><Header><DocumentVersion>"
                + "1.01</DocumentVersion><MerchantIdentifier>" + seller + "</MerchantIdentifier></Header><MessageType>"
                + type + "</MessageType>" + messages + "</AmazonEnvelope>";
    }

    static String inventoryMessage(int id, String sku, String quantity) {
        return "<Message><MessageID>" + id + "</MessageID><OperationType>Update</OperationType><Inventory><SKU>" + sku
                + "</SKU><Quantity>" + quantity + "</Quantity></Inventory></Message>";
    }

    @Test
    void submitFeedChecks() throws Exception {
        byte[] body = envelope(SELLER_US, "Inventory", "").getBytes(StandardCharsets.UTF_8);
        assertError(assertThrows(SimException.class, () -> submitRaw(SELLER_US, "_POST_NOTHING_", body, md5(body),
                "text/xml")), 400, "InvalidFeedType");
        assertError(assertThrows(SimException.class, () -> submitRaw(SELLER_US, INVENTORY, body, null,
                "text/xml")), 400, "ContentMD5Missing");
        assertError(assertThrows(SimException.class, () -> submitRaw(SELLER_US, INVENTORY, body,
                md5("other".getBytes(StandardCharsets.UTF_8)), "text/xml")), 400, "ContentMD5DoesNotMatch");
        byte[] big = new byte[200_001];
        assertError(assertThrows(SimException.class, () -> submitRaw(SELLER_US, INVENTORY, big, md5(big),
                "text/xml")), 400, "InvalidRequest");
        assertError(assertThrows(SimException.class, () -> submitRaw(SELLER_US, INVENTORY, body, md5(body),
                "text/xml", "MarketplaceIdList.Id.1", Market.JP)), 400, "InvalidParameterValue");
        assertTrue(m.sim.feeds().submissions(SELLER_US).isEmpty(), "no rejected feed was kept");
    }

    @Test
    void inventoryFeedChangesSupplyAtCompletionAndReportsUnknownSku() throws Exception {
        List<Listing> listings = m.sim.listings(SELLER_US);
        Listing a = listings.get(3);
        Listing b = listings.get(7);
        Instant before = m.clock.now();
        Element info = submit(SELLER_US, INVENTORY, envelope(SELLER_US, "Inventory", inventoryMessage(1, a.sku(), "4321")
                + inventoryMessage(2, b.sku(), "0") + inventoryMessage(3, "NO-SUCH-SKU", "5")
                + inventoryMessage(4, a.sku(), "-3")), StandardCharsets.UTF_8, "text/xml");
        assertEquals("_SUBMITTED_", text(info, "FeedProcessingStatus"));
        String id = text(info, "FeedSubmissionId");
        assertError(m.error(SELLER_US, "Feeds/GetFeedSubmissionResult", "FeedSubmissionId", id), 400,
                "FeedProcessingResultNotReady");
        m.clock.advanceMws(m.sim.settings().feedProcessingTime().dividedBy(2));
        assertEquals("_IN_PROGRESS_", text(info(SELLER_US, id), "FeedProcessingStatus"));
        // not yet effective while in progress
        assertEquals(a.baseQuantity(), supply(SELLER_US, a.sku()));
        processFeeds();
        Element done = info(SELLER_US, id);
        assertEquals("_DONE_", text(done, "FeedProcessingStatus"));
        assertEquals(4321, supply(SELLER_US, a.sku()));
        assertEquals(0, supply(SELLER_US, b.sku()));
        assertEquals(4321L, m.sim.inventory(SELLER_US).get(a.sku()));

        Element report = Market.parse(new String(result(SELLER_US, id), StandardCharsets.UTF_8));
        assertEquals("AmazonEnvelope", report.getTagName());
        assertEquals("ProcessingReport", text(report, "MessageType"));
        Element pr = child(child(report, "Message"), "ProcessingReport");
        assertEquals(id, text(pr, "DocumentTransactionID"));
        assertEquals("Complete", text(pr, "StatusCode"));
        assertEquals("4", text(pr, "ProcessingSummary/MessagesProcessed"));
        assertEquals("2", text(pr, "ProcessingSummary/MessagesSuccessful"));
        assertEquals("2", text(pr, "ProcessingSummary/MessagesWithError"));
        assertEquals("0", text(pr, "ProcessingSummary/MessagesWithWarning"));
        List<Element> results = children(pr, "Result");
        assertEquals(2, results.size());
        assertEquals("3", text(results.get(0), "MessageID"));
        assertEquals("Error", text(results.get(0), "ResultCode"));
        assertEquals("13013", text(results.get(0), "ResultMessageCode"));
        assertEquals("NO-SUCH-SKU", text(results.get(0), "AdditionalInfo/SKU"));
        assertTrue(text(results.get(0), "ResultDescription").contains("NO-SUCH-SKU"));
        assertEquals("4", text(results.get(1), "MessageID"));

        // the supplies changed since before the feed are exactly the two updated ones
        Element changed = m.xml(SELLER_US, "FulfillmentInventory/ListInventorySupply", "QueryStartDateTime",
                before.toString(), "ResponseGroup", "Detailed");
        List<String> skus = all(changed, "SellerSKU").stream().map(Element::getTextContent).toList();
        assertEquals(List.of(a.sku(), b.sku()), skus);
        Feeds.FeedView view = m.sim.feeds().submissions(SELLER_US).get(0);
        assertEquals(2, view.messagesWithError());
        assertEquals("NO-SUCH-SKU", view.results().get(0).sku());
    }

    private long supply(String seller, String sku) {
        Element r = m.xml(seller, "FulfillmentInventory/ListInventorySupply", "SellerSkus.member.1", sku);
        return Long.parseLong(text(child(child(r, "InventorySupplyList"), "member"), "InStockSupplyQuantity"));
    }

    @Test
    void flatFileFeedInShiftJisUpdatesPriceAndQuantity() throws Exception {
        Listing l = m.sim.listings(SELLER_JP).get(1);
        String feed = "TemplateType=PriceInventory\tVersion=2018.0924\n" + "sku\tprice\tminimum-seller-allowed-price"
                + "\tquantity\thandling-time\n" + l.sku() + "\t2980\t\t17\t\n" + "存在しない\t100\t\t1\t\n";
        Element info = submit(SELLER_JP, PRICE_QTY, feed, Charset.forName("windows-31j"),
                "text/tab-separated-values; charset=Shift_JIS");
        processFeeds();
        String id = text(info, "FeedSubmissionId");
        SimResponse.RawBody raw = (SimResponse.RawBody) m.call(SELLER_JP, "Feeds/GetFeedSubmissionResult",
                params("FeedSubmissionId", id));
        assertEquals("text/plain;charset=windows-31j", raw.contentType());
        String summary = new String(result(SELLER_JP, id), Charset.forName("windows-31j"));
        assertTrue(summary.startsWith("Feed Processing Summary:\n"), summary);
        assertTrue(summary.contains("Number of records processed\t\t2"), summary);
        assertTrue(summary.contains("Number of records successful\t\t1"), summary);
        assertTrue(summary.contains("original-record-number\tsku\terror-code\terror-type\terror-message"));
        assertTrue(summary.contains("4\t存在しない\t13013\tError\t"), "the Japanese SKU survives: " + summary);
        assertEquals(17L, m.sim.inventory(SELLER_JP).get(l.sku()));
        // the price change shows in the listings report of the seller
        assertEquals(17, supply(SELLER_JP, l.sku()));
    }

    @Test
    void fulfillmentFeedShipsTheOrder() throws Exception {
        long horizon = m.clock.now().toEpochMilli()
                + m.clock.scale(m.sim.settings().feedProcessingTime().multipliedBy(3)).toMillis();
        List<Order> orders = m.sim.orders(SELLER_DE);
        Order target = orders.stream().filter(o -> o.status() == OrderStatus.Unshipped && !o.facts().afn()
                && o.facts().shipped1() > horizon && o.items().size() >= 2).findFirst().orElseThrow();
        Order afn = orders.stream().filter(o -> o.status() == OrderStatus.Unshipped && o.facts().afn()).findFirst()
                .orElseThrow();
        String firstItem = target.items().get(0).orderItemId();
        String messages = "<Message><MessageID>1</MessageID><OrderFulfillment><AmazonOrderID>"
                + target.amazonOrderId() + "</AmazonOrderID><FulfillmentDate>" + m.clock.now()
                + "</FulfillmentDate><FulfillmentData><CarrierName>DHL</CarrierName><ShipperTrackingNumber>00340434"
                + "</ShipperTrackingNumber></FulfillmentData><Item><AmazonOrderItemCode>" + firstItem
                + "</AmazonOrderItemCode><Quantity>" + target.items().get(0).quantityOrdered()
                + "</Quantity></Item></OrderFulfillment></Message>"
                + "<Message><MessageID>2</MessageID><OrderFulfillment><AmazonOrderID>" + afn.amazonOrderId()
                + "</AmazonOrderID></OrderFulfillment></Message>"
                + "<Message><MessageID>3</MessageID><OrderFulfillment><AmazonOrderID>302-0000000-0000000"
                + "</AmazonOrderID></OrderFulfillment></Message>";
        Element info = submit(SELLER_DE, FULFILLMENT, envelope(SELLER_DE, "OrderFulfillment", messages),
                StandardCharsets.UTF_8, "text/xml");
        processFeeds();
        Element o = child(child(m.xml(SELLER_DE, "Orders/GetOrder", "AmazonOrderId.Id.1", target.amazonOrderId()),
                "Orders"), "Order");
        assertEquals("PartiallyShipped", text(o, "OrderStatus"));
        Instant completed = Instant.parse(text(info(SELLER_DE, text(info, "FeedSubmissionId")),
                "CompletedProcessingDate").replace("+00:00", "Z"));
        assertEquals(completed, Instant.parse(text(o, "LastUpdateDate")));

        // ship the rest: no items means everything left
        String rest = "<Message><MessageID>1</MessageID><OrderFulfillment><AmazonOrderID>" + target.amazonOrderId()
                + "</AmazonOrderID></OrderFulfillment></Message>";
        submit(SELLER_DE, FULFILLMENT, envelope(SELLER_DE, "OrderFulfillment", rest), StandardCharsets.UTF_8,
                "text/xml");
        processFeeds();
        Order shipped = m.sim.order(SELLER_DE, target.amazonOrderId());
        assertEquals(OrderStatus.Shipped, shipped.status());
        assertEquals(0, shipped.numberOfItemsUnshipped());
        assertNotEquals(target.lastUpdateDate(), shipped.lastUpdateDate());

        Element report = Market.parse(new String(result(SELLER_DE, text(info, "FeedSubmissionId")),
                StandardCharsets.UTF_8));
        List<Element> results = all(report, "Result");
        assertEquals(2, results.size());
        assertEquals(afn.amazonOrderId(), text(results.get(0), "AdditionalInfo/AmazonOrderID"));
        assertEquals("3", text(results.get(1), "MessageID"));
        // the shipment posts a financial event for the order
        Element events = m.xml(SELLER_DE, "Finances/ListFinancialEvents", "AmazonOrderId", target.amazonOrderId());
        assertEquals(1, all(events, "ShipmentEvent").size());
    }

    @Test
    void acknowledgementFailureCancelsTheOrder() throws Exception {
        long horizon = m.clock.now().toEpochMilli()
                + m.clock.scale(m.sim.settings().feedProcessingTime().multipliedBy(2)).toMillis();
        Order target = m.sim.orders(SELLER_US).stream().filter(o -> o.status() == OrderStatus.Unshipped
                && o.facts().shipped1() > horizon).findFirst().orElseThrow();
        String msg = "<Message><MessageID>1</MessageID><OrderAcknowledgement><AmazonOrderID>" + target.amazonOrderId()
                + "</AmazonOrderID><StatusCode>Failure</StatusCode></OrderAcknowledgement></Message>";
        submit(SELLER_US, "_POST_ORDER_ACKNOWLEDGEMENT_DATA_", envelope(SELLER_US, "OrderAcknowledgement", msg),
                StandardCharsets.UTF_8, "text/xml");
        processFeeds();
        assertEquals(OrderStatus.Canceled, m.sim.order(SELLER_US, target.amazonOrderId()).status());
        m.clock.advanceMws(Duration.ofDays(7));
        assertEquals(OrderStatus.Canceled, m.sim.order(SELLER_US, target.amazonOrderId()).status(),
                "a cancelled order stays cancelled");
    }

    @Test
    void cancelledFeedHasNoEffect() throws Exception {
        Listing a = m.sim.listings(SELLER_US).get(5);
        Element info = submit(SELLER_US, INVENTORY, envelope(SELLER_US, "Inventory", inventoryMessage(1, a.sku(),
                "999")), StandardCharsets.UTF_8, "text/xml");
        String id = text(info, "FeedSubmissionId");
        Element c = m.xml(SELLER_US, "Feeds/CancelFeedSubmissions", "FeedSubmissionIdList.Id.1", id);
        assertEquals("1", text(c, "Count"));
        assertEquals("_CANCELLED_", text(child(c, "FeedSubmissionInfo"), "FeedProcessingStatus"));
        processFeeds();
        assertEquals("_CANCELLED_", text(info(SELLER_US, id), "FeedProcessingStatus"));
        assertEquals(a.baseQuantity(), supply(SELLER_US, a.sku()));
        assertError(m.error(SELLER_US, "Feeds/GetFeedSubmissionResult", "FeedSubmissionId", id), 400,
                "InvalidFeedSubmissionId");
        assertError(m.error(SELLER_US, "Feeds/GetFeedSubmissionResult", "FeedSubmissionId", "42"), 400,
                "InvalidFeedSubmissionId");
        // a feed in progress can no longer be cancelled
        String other = text(submit(SELLER_US, INVENTORY, envelope(SELLER_US, "Inventory", inventoryMessage(1, a.sku(),
                "5")), StandardCharsets.UTF_8, "text/xml"), "FeedSubmissionId");
        m.clock.advanceMws(m.sim.settings().feedProcessingTime().dividedBy(2));
        assertEquals("0", text(m.xml(SELLER_US, "Feeds/CancelFeedSubmissions", "FeedSubmissionIdList.Id.1", other),
                "Count"));
    }

    @Test
    void externalEntitiesAreNotResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Listing a = m.sim.listings(SELLER_US).get(2);
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE AmazonEnvelope [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>\n" + envelope(SELLER_US, "Inventory", "<Message><MessageID>1</MessageID><Inventory><SKU>&x;"
                + "</SKU><Quantity>1</Quantity></Inventory></Message>" + inventoryMessage(2, a.sku(), "77"))
                .replaceFirst("<\\?xml[^>]*>\\n", "");
        String id = text(submit(SELLER_US, INVENTORY, xxe, StandardCharsets.UTF_8, "text/xml"), "FeedSubmissionId");
        processFeeds();
        String report = new String(result(SELLER_US, id), StandardCharsets.UTF_8);
        assertFalse(report.contains("TOP-SECRET"));
        Element pr = Market.parse(report);
        assertEquals("5001", text(all(pr, "Result").get(0), "ResultMessageCode"));
        assertTrue(text(all(pr, "Result").get(0), "ResultDescription").contains("XML Parsing Fatal Error"));
        assertEquals(a.baseQuantity(), supply(SELLER_US, a.sku()), "a rejected feed changes nothing");

        String broken = text(submit(SELLER_US, INVENTORY, "<AmazonEnvelope><Header>", StandardCharsets.UTF_8,
                "text/xml"), "FeedSubmissionId");
        processFeeds();
        assertTrue(new String(result(SELLER_US, broken), StandardCharsets.UTF_8).contains("<MessagesWithError>1<"));
    }

    @Test
    void submissionListPagingAndFilters() throws Exception {
        for (int i = 0; i < 7; i++) {
            submit(SELLER_DE, i % 2 == 0 ? INVENTORY : FULFILLMENT, envelope(SELLER_DE, i % 2 == 0 ? "Inventory"
                    : "OrderFulfillment", ""), StandardCharsets.UTF_8, "text/xml");
            m.clock.advance(Duration.ofMillis(10));
        }
        assertEquals("7", text(m.xml(SELLER_DE, "Feeds/GetFeedSubmissionCount"), "Count"));
        assertEquals("4", text(m.xml(SELLER_DE, "Feeds/GetFeedSubmissionCount", "FeedTypeList.Type.1", INVENTORY),
                "Count"));
        Element page = m.xml(SELLER_DE, "Feeds/GetFeedSubmissionList", "MaxCount", "3");
        assertEquals("true", text(page, "HasNext"));
        List<String> ids = new java.util.ArrayList<>(all(page, "FeedSubmissionId").stream()
                .map(Element::getTextContent).toList());
        while ("true".equals(text(page, "HasNext"))) {
            page = m.xml(SELLER_DE, "Feeds/GetFeedSubmissionListByNextToken", "NextToken", text(page, "NextToken"));
            ids.addAll(all(page, "FeedSubmissionId").stream().map(Element::getTextContent).toList());
        }
        assertEquals(7, ids.size());
        assertEquals(7, new java.util.HashSet<>(ids).size());
        assertNull(child(page, "NextToken"));
        processFeeds();
        assertEquals("7", text(m.xml(SELLER_DE, "Feeds/GetFeedSubmissionCount", "FeedProcessingStatusList.Status.1",
                "_DONE_"), "Count"));
        assertError(m.error(SELLER_DE, "Feeds/GetFeedSubmissionList", "FeedProcessingStatusList.Status.1", "_DONE"),
                400, "InvalidParameterValue");
        assertError(m.error(SELLER_US, "Feeds/GetFeedSubmissionListByNextToken", "NextToken", "AAAA"), 400,
                "NextTokenCorrupted");
    }

    @Test
    void priceFeedShowsInTheListingsReport() throws Exception {
        Listing l = m.sim.listings(SELLER_DE).get(4);
        String msg = "<Message><MessageID>1</MessageID><Price><SKU>" + l.sku()
                + "</SKU><StandardPrice currency=\"EUR\">12.34</StandardPrice></Price></Message>"
                + "<Message><MessageID>2</MessageID><Price><SKU>" + l.sku()
                + "</SKU><StandardPrice currency=\"USD\">10.00</StandardPrice></Price></Message>";
        String id = text(submit(SELLER_DE, "_POST_PRODUCT_PRICING_DATA_", envelope(SELLER_DE, "Price", msg),
                StandardCharsets.UTF_8, "text/xml"), "FeedSubmissionId");
        processFeeds();
        Element report = Market.parse(new String(result(SELLER_DE, id), StandardCharsets.UTF_8));
        assertEquals("1", text(all(report, "ProcessingSummary").get(0), "MessagesWithError"));
        assertTrue(text(all(report, "Result").get(0), "ResultDescription").contains("USD"));
        String request = text(child(m.xml(SELLER_DE, "Reports/RequestReport", "ReportType",
                "_GET_FLAT_FILE_OPEN_LISTINGS_DATA_"), "ReportRequestInfo"), "ReportRequestId");
        m.clock.advanceMws(m.sim.settings().reportProcessingTime().plusSeconds(1));
        String reportId = text(child(m.xml(SELLER_DE, "Reports/GetReportRequestList", "ReportRequestIdList.Id.1",
                request), "ReportRequestInfo"), "GeneratedReportId");
        String body = new String(Market.body((SimResponse.RawBody) m.call(SELLER_DE, "Reports/GetReport",
                params("ReportId", reportId))), Charset.forName("windows-1252"));
        assertTrue(body.contains("\n" + l.sku() + "\t" + l.asin() + "\t12.34\t"), body);
    }

    @Test
    void flatFileFulfillmentAndInventoryLoader() throws Exception {
        long horizon = m.clock.now().toEpochMilli()
                + m.clock.scale(m.sim.settings().feedProcessingTime().multipliedBy(3)).toMillis();
        Order target = m.sim.orders(SELLER_US).stream().filter(o -> o.status() == OrderStatus.Unshipped
                && !o.facts().afn() && o.facts().shipped1() > horizon).findFirst().orElseThrow();
        String feed = "order-id\torder-item-id\tquantity\tship-date\tcarrier-code\ttracking-number\n"
                + target.amazonOrderId() + "\t\t\t2024-03-01\tUPS\t1Z999\n" + "111-9999999-9999999\t\t\t2024-03-01"
                + "\tUPS\t1Z998\n";
        String id = text(submit(SELLER_US, "_POST_FLAT_FILE_FULFILLMENT_DATA_", feed, StandardCharsets.ISO_8859_1,
                "text/tab-separated-values; charset=iso-8859-1"), "FeedSubmissionId");
        processFeeds();
        assertEquals(OrderStatus.Shipped, m.sim.order(SELLER_US, target.amazonOrderId()).status());
        String summary = new String(result(SELLER_US, id), Charset.forName("windows-1252"));
        assertTrue(summary.contains("Number of records processed\t\t2"), summary);
        assertTrue(summary.contains("original-record-number\torder-id\t"), summary);
        assertTrue(summary.contains("3\t111-9999999-9999999\t18028\tError\t"), summary);

        Listing a = m.sim.listings(SELLER_US).get(10);
        Listing b = m.sim.listings(SELLER_US).get(11);
        String loader = "sku\tproduct-id\tproduct-id-type\tprice\titem-condition\tquantity\tadd-delete\n" + a.sku()
                + "\t" + a.asin() + "\t1\t19.99\t11\t33\ta\n" + b.sku() + "\t" + b.asin() + "\t1\t\t11\t\td\n"
                + a.sku() + "\t" + a.asin() + "\t1\tabc\t11\t1\ta\n";
        String loaderId = text(submit(SELLER_US, "_POST_FLAT_FILE_INVLOADER_DATA_", loader,
                StandardCharsets.ISO_8859_1, "text/tab-separated-values; charset=iso-8859-1"), "FeedSubmissionId");
        processFeeds();
        assertEquals(33L, m.sim.inventory(SELLER_US).get(a.sku()));
        assertEquals(0L, m.sim.inventory(SELLER_US).get(b.sku()));
        Feeds.FeedView v = m.sim.feeds().submissions(SELLER_US).stream()
                .filter(f -> f.feedSubmissionId().equals(loaderId)).findFirst().orElseThrow();
        assertEquals(3, v.messagesProcessed());
        assertEquals(1, v.messagesWithError());
        assertEquals(4, v.results().get(0).messageId(), "errors name the line of the file");
    }
}
