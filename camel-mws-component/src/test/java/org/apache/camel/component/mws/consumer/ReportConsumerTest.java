package org.apache.camel.component.mws.consumer;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.model.reports.ReportInfo;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.account.DeveloperAccount;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.inspect.RequestRecord;
import org.apache.camel.mws.simulator.market.reports.Reports;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report consumer against the simulator: settlement and scheduled reports emitted once with their downloaded
 * body, acknowledged (in batches of at most 100) only after their exchange completed, a failed exchange's report
 * emitted again; without acknowledgements a checkpoint on AvailableDate and ReportId; with sellerIds, each seller's
 * reports downloaded and acknowledged (or checkpointed) for that seller.
 */
class ReportConsumerTest extends ConsumerTestSupport {

    /**
     * Sellers at home in the US, Germany and Japan; a settlement every 6 MWS hours: over a hundred settlement reports
     * in the 30 days of history.
     */
    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().httpsPort(-1).sellers(3).seed(31)
            .ordersPerSeller(150).timeScale(600).serverThrottling(false)
            .marketSettings(s -> s.withSettlementPeriod(Duration.ofHours(6))).build();

    private static final String SETTLEMENT = "_GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_";
    private static final String LISTINGS = "_GET_MERCHANT_LISTINGS_DATA_";

    @TempDir
    Path spool;

    private final List<Exchange> received = new CopyOnWriteArrayList<>();

    @Override
    protected MwsSimulator simulator() {
        return SIM.simulator();
    }

    @BeforeEach
    void resetSimulator() {
        simulator().reset();
    }

    private List<Reports.ReportView> reports(SellerAccount seller, String type) {
        return simulator().market().reports().reports(seller.sellerId()).stream()
                .filter(r -> r.reportType().equals(type)).toList();
    }

    /** Marks every report of the seller unacknowledged again, so each test starts from the same state. */
    private void unacknowledgeAll(SellerAccount seller) {
        acknowledge(seller, simulator().market().reports().reports(seller.sellerId()).stream()
                .filter(Reports.ReportView::acknowledged).map(Reports.ReportView::reportId).toList(), false);
    }

    private void acknowledge(SellerAccount seller, List<String> ids, boolean acknowledged) {
        for (int from = 0; from < ids.size(); from += 100) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("ReportIdList", ids.subList(from, Math.min(ids.size(), from + 100)));
            p.put("Acknowledged", Boolean.toString(acknowledged));
            Exchange ex = send(uri(seller, "Reports/UpdateReportAcknowledgements"), p, null);
            if (ex.getException() != null) {
                throw new IllegalStateException(ex.getException());
            }
        }
        simulator().requests().reset(); // the consumer's requests are counted from here
    }

    private void consume(String uri, java.util.function.Consumer<Exchange> route) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("reports").process(e -> {
                    route.accept(e);
                    received.add(e.copy());
                });
            }
        });
    }

    private static String id(Exchange e) {
        return e.getMessage().getHeader(MwsConstants.REPORT_ID, String.class);
    }

    /** Waits for more polls, so that a report emitted twice would show. */
    private void morePolls(int polls) throws InterruptedException {
        int before = requests("Reports", "GetReportList").size();
        await(polls + " more polls", Duration.ofSeconds(10),
                () -> requests("Reports", "GetReportList").size() >= before + polls);
    }

    @Test
    void settlementReportsAreEmittedOnceAndAcknowledgedInBatchesOfUpTo100() throws Exception {
        SellerAccount de = sellerIn(DE);
        unacknowledgeAll(de);
        List<Reports.ReportView> settlements = reports(de, SETTLEMENT);
        assertTrue(settlements.size() > 100, "more settlements than one acknowledgement batch: " + settlements.size());

        consume(uri(de, "Reports/GetReportList", "reportTypes=" + SETTLEMENT, "acknowledge=true",
                "downloadReports=false", "delay=100"), e -> {
                });
        await("every settlement acknowledged", Duration.ofSeconds(30),
                () -> reports(de, SETTLEMENT).stream().allMatch(Reports.ReportView::acknowledged));
        morePolls(3);

        assertEquals(settlements.size(), received.size(), "each settlement once");
        assertEquals(settlements.size(), received.stream().map(ReportConsumerTest::id).distinct().count());
        int batches = requests("Reports", "UpdateReportAcknowledgements").size();
        assertEquals((settlements.size() + 99) / 100, batches,
                "acknowledged in batches of 100: " + batches + " requests for " + settlements.size() + " reports");
        assertInstanceOf(ReportInfo.class, received.get(0).getMessage().getBody(), "downloadReports=false");
        assertEquals(0, requests("Reports", "GetReport").size());
    }

    @Test
    void eachNewReportIsEmittedOnceWithItsDownloadedBody() throws Exception {
        SellerAccount de = sellerIn(DE);
        unacknowledgeAll(de);
        List<Reports.ReportView> settlements = reports(de, SETTLEMENT);
        // all but the newest four were dealt with before
        acknowledge(de, settlements.subList(4, settlements.size()).stream().map(Reports.ReportView::reportId).toList(),
                true);
        Map<String, byte[]> bodies = new ConcurrentHashMap<>();

        consume(uri(de, "Reports/GetReportList", "reportTypes=" + SETTLEMENT, "acknowledge=true", "delay=100",
                "spoolDirectory=" + spool), e -> {
                    try (InputStream in = e.getMessage().getBody(InputStream.class)) {
                        bodies.put(id(e), in.readAllBytes());
                    } catch (java.io.IOException x) {
                        throw new IllegalStateException(x);
                    }
                });
        await("the new settlements acknowledged", Duration.ofSeconds(30),
                () -> reports(de, SETTLEMENT).stream().allMatch(Reports.ReportView::acknowledged));
        morePolls(3);

        assertEquals(4, received.size(), "each new settlement once");
        for (Reports.ReportView r : settlements.subList(0, 4)) {
            assertArrayEquals(reportBytes(de, r.reportId()), bodies.get(r.reportId()), r.reportId());
        }
        Exchange first = received.get(0);
        assertEquals(SETTLEMENT, first.getMessage().getHeader(MwsConstants.REPORT_TYPE));
        assertInstanceOf(ReportInfo.class, first.getMessage().getHeader(MwsConstants.REPORT_INFO));
        assertEquals("windows-1252", first.getMessage().getHeader(MwsConstants.REPORT_CHARSET));
        assertEquals(4, requests("Reports", "GetReport").size());
        assertEquals(1, requests("Reports", "UpdateReportAcknowledgements").size(), "one batch");
        assertEquals(0, filesIn(spool), "every spooled report was deleted");
    }

    @Test
    void aFailedExchangeLeavesItsReportUnacknowledgedSoItComesAgain() throws Exception {
        SellerAccount de = sellerIn(DE);
        unacknowledgeAll(de);
        String victim = reports(de, SETTLEMENT).get(5).reportId();
        AtomicInteger attempts = new AtomicInteger();

        consume(uri(de, "Reports/GetReportList", "reportTypes=" + SETTLEMENT, "acknowledge=true",
                "downloadReports=false", "delay=100"), e -> {
                    if (victim.equals(id(e)) && attempts.incrementAndGet() == 1) {
                        throw new IllegalStateException("the route fails the first time it sees " + victim);
                    }
                });
        await("the failed report is acknowledged after its second delivery", Duration.ofSeconds(30),
                () -> attempts.get() >= 2 && reports(de, SETTLEMENT).stream().allMatch(
                        Reports.ReportView::acknowledged));
        morePolls(3);

        assertEquals(2, attempts.get(), "the failed report came once more, and only once");
        long victimDeliveries = received.stream().filter(e -> victim.equals(id(e))).count();
        assertEquals(1, victimDeliveries, "one successful delivery of it (the failed one threw)");
        assertEquals(reports(de, SETTLEMENT).size(), received.size(), "every other report once");
        assertInstanceOf(ReportInfo.class, received.get(0).getMessage().getBody(), "downloadReports=false");
        assertEquals(0, requests("Reports", "GetReport").size());
    }

    @Test
    void withoutAcknowledgementACheckpointOnAvailableDateAndReportId() throws Exception {
        SellerAccount us = sellerIn(US);
        MemoryStateRepository state = new MemoryStateRepository();
        context.getRegistry().bind("reportState", state);
        List<Reports.ReportView> recent = reports(us, SETTLEMENT).stream()
                .filter(r -> r.availableDate().isAfter(simulator().clock().now().minus(Duration.ofDays(3)))).toList();
        assertTrue(recent.size() >= 4, "settlements of the last 3 days: " + recent.size());
        List<Reports.ReportView> oldestFirst = new ArrayList<>(recent);
        Collections.reverse(oldestFirst);
        String victim = oldestFirst.get(1).reportId();
        AtomicInteger attempts = new AtomicInteger();

        String uri = uri(us, "Reports/GetReportList", "reportTypes=" + SETTLEMENT, "initialStart=P3D", "delay=100",
                "stateRepository=#reportState", "spoolDirectory=" + spool);
        consume(uri, e -> {
            if (victim.equals(id(e)) && attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("the route fails the first time it sees " + victim);
            }
        });
        String key = "mws:Reports/GetReportList/" + us.sellerId();
        Reports.ReportView newest = oldestFirst.get(oldestFirst.size() - 1);
        await("the checkpoint at the newest report", Duration.ofSeconds(30),
                () -> (newest.availableDate() + "/" + newest.reportId()).equals(state.getState(key)));
        morePolls(3);

        List<String> ids = received.stream().map(ReportConsumerTest::id).toList();
        assertEquals(oldestFirst.size(), ids.size(), "each report once: " + ids);
        assertEquals(Set.copyOf(oldestFirst.stream().map(Reports.ReportView::reportId).toList()), Set.copyOf(ids));
        List<String> expectedOrder = new ArrayList<>(oldestFirst.stream().map(Reports.ReportView::reportId).toList());
        expectedOrder.remove(victim);
        expectedOrder.add(victim);
        assertEquals(expectedOrder, ids, "oldest first; the failed report again after the others");
        assertEquals(2, attempts.get());

        // a restarted route resumes from the stored checkpoint: nothing comes again (a settlement that became
        // available meanwhile is new)
        context.getRouteController().stopRoute("reports");
        received.clear();
        context.getRouteController().startRoute("reports");
        morePolls(3);
        for (Exchange e : received) {
            assertTrue(!ids.contains(id(e)) && e.getMessage().getHeader(MwsConstants.AVAILABLE_DATE,
                    java.time.Instant.class).compareTo(newest.availableDate()) >= 0, "new after the restart: " + id(e));
        }
    }

    /**
     * @return a report consumer URI for several sellers through the third-party developer's keys and their
     *         MWSAuthTokens
     */
    private String sellersUri(List<SellerAccount> sellers, String... options) {
        DeveloperAccount dev = simulator().accounts().thirdPartyDeveloper();
        StringBuilder sb = new StringBuilder("mws:Reports/GetReportList?endpoint=").append(simulator().httpBaseUrl())
                .append("&accessKeyId=").append(dev.accessKeyId()).append("&secretKey=RAW(").append(dev.secretKey())
                .append(")&sellerIds=").append(sellers.stream().map(SellerAccount::sellerId)
                        .collect(Collectors.joining(",")))
                .append("&mwsAuthTokens=RAW(").append(sellers.stream()
                        .map(s -> simulator().accounts().authToken(s.sellerId())).collect(Collectors.joining(",")))
                .append(")&retryBackoff=10,20,30&retryJitter=0&timeScale=").append(simulator().clock().timeScale());
        for (String o : options) {
            sb.append('&').append(o);
        }
        return sb.toString();
    }

    private static String seller(Exchange e) {
        return e.getMessage().getHeader(MwsConstants.SELLER_ID, String.class);
    }

    private static java.time.Instant availableDate(Exchange e) {
        return e.getMessage().getHeader(MwsConstants.AVAILABLE_DATE, java.time.Instant.class);
    }

    /** Whether the seller's stored checkpoint is at (or past) the one given. */
    private static boolean reached(MemoryStateRepository state, String sellerId, String checkpoint) {
        String key = "mws:Reports/GetReportList/" + sellerId;
        String stored = state.getState(key);
        return stored != null
               && ReportCheckpoint.parse(key, stored).compareTo(ReportCheckpoint.parse(key, checkpoint)) >= 0;
    }

    @Test
    void severalSellersEachReportEmittedOnceAndAcknowledgedForItsSeller() throws Exception {
        SellerAccount us = sellerIn(US);
        SellerAccount de = sellerIn(DE);
        Map<String, List<String>> fresh = new LinkedHashMap<>();
        Instant start = simulator().clock().now();
        for (SellerAccount seller : List.of(us, de)) {
            unacknowledgeAll(seller);
            List<Reports.ReportView> settlements = reports(seller, SETTLEMENT);
            int newest = seller == us ? 3 : 4;
            acknowledge(seller, settlements.subList(newest, settlements.size()).stream()
                    .map(Reports.ReportView::reportId).toList(), true);
            fresh.put(seller.sellerId(), settlements.subList(0, newest).stream().map(Reports.ReportView::reportId)
                    .sorted().toList());
        }
        Map<String, byte[]> bodies = new ConcurrentHashMap<>();

        consume(sellersUri(List.of(us, de), "reportTypes=" + SETTLEMENT, "acknowledge=true", "delay=100",
                "spoolDirectory=" + spool), e -> {
                    try (InputStream in = e.getMessage().getBody(InputStream.class)) {
                        bodies.put(seller(e) + "/" + id(e), in.readAllBytes());
                    } catch (java.io.IOException x) {
                        throw new IllegalStateException(x);
                    }
                });
        await("both sellers' new settlements acknowledged", Duration.ofSeconds(30),
                () -> reports(us, SETTLEMENT).stream().allMatch(Reports.ReportView::acknowledged)
                      && reports(de, SETTLEMENT).stream().allMatch(Reports.ReportView::acknowledged));
        morePolls(4);

        assertEquals(received.size(), received.stream().map(e -> seller(e) + "/" + id(e)).distinct().count(),
                "no report twice");
        for (SellerAccount seller : List.of(us, de)) {
            // a settlement that became available during the test is new too: left out
            List<String> got = received.stream().filter(e -> seller.sellerId().equals(seller(e)))
                    .filter(e -> !availableDate(e).isAfter(start)).map(ReportConsumerTest::id).sorted().toList();
            assertEquals(fresh.get(seller.sellerId()), got, "the reports of " + seller.sellerId());
            for (String reportId : got) {
                assertArrayEquals(reportBytes(seller, reportId), bodies.get(seller.sellerId() + "/" + reportId),
                        "downloaded for its seller: " + reportId);
            }
            List<RequestRecord> acks = requests("Reports", "UpdateReportAcknowledgements").stream()
                    .filter(r -> seller.sellerId().equals(r.sellerId())).toList();
            assertFalse(acks.isEmpty(), "acknowledged for " + seller.sellerId());
            for (RequestRecord ack : acks) {
                assertTrue(ack.succeeded());
                assertEquals(simulator().accounts().thirdPartyDeveloper().accessKeyId(), ack.accessKeyId());
            }
            long downloads = requests("Reports", "GetReport").stream()
                    .filter(r -> seller.sellerId().equals(r.sellerId()) && r.succeeded()).count();
            assertEquals(received.stream().filter(e -> seller.sellerId().equals(seller(e))).count(), downloads,
                    "each report of " + seller.sellerId() + " downloaded once, for it");
        }
        assertTrue(requests("Reports", "UpdateReportAcknowledgements").stream().allMatch(RequestRecord::succeeded));
        assertEquals(0, filesIn(spool), "every spooled report was deleted");
    }

    @Test
    void severalSellersWithoutAcknowledgementHaveACheckpointEach() throws Exception {
        SellerAccount us = sellerIn(US);
        SellerAccount de = sellerIn(DE);
        MemoryStateRepository state = new MemoryStateRepository();
        context.getRegistry().bind("reportState", state);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        Map<String, String> newest = new LinkedHashMap<>();
        for (SellerAccount seller : List.of(us, de)) {
            List<Reports.ReportView> recent = new ArrayList<>(reports(seller, SETTLEMENT).stream()
                    .filter(r -> r.availableDate().isAfter(simulator().clock().now().minus(Duration.ofDays(2))))
                    .toList());
            assertTrue(recent.size() >= 4, "settlements of the last 2 days: " + recent.size());
            Collections.reverse(recent);
            expected.put(seller.sellerId(), recent.stream().map(Reports.ReportView::reportId).toList());
            Reports.ReportView last = recent.get(recent.size() - 1);
            newest.put(seller.sellerId(), last.availableDate() + "/" + last.reportId());
        }

        consume(sellersUri(List.of(us, de), "reportTypes=" + SETTLEMENT, "initialStart=P2D", "delay=100",
                "downloadReports=false", "stateRepository=#reportState"), e -> {
                });
        await("each seller's checkpoint at its newest report", Duration.ofSeconds(30),
                () -> newest.entrySet().stream().allMatch(n -> reached(state, n.getKey(), n.getValue())));
        morePolls(4);

        for (SellerAccount seller : List.of(us, de)) {
            List<String> got = received.stream().filter(e -> seller.sellerId().equals(seller(e)))
                    .map(ReportConsumerTest::id).toList();
            List<String> known = expected.get(seller.sellerId());
            // a settlement that became available during the test comes after the others
            assertTrue(got.size() >= known.size(), got.toString());
            assertEquals(known, got.subList(0, known.size()), "each report of " + seller.sellerId()
                                                               + " once, oldest first");
            assertEquals(got.size(), got.stream().distinct().count(), "no report twice: " + got);
        }
    }

    @Test
    void scheduledReportsAreEmittedToo() throws Exception {
        SellerAccount us = sellerIn(US);
        Map<String, Object> schedule = Map.of("ReportType", LISTINGS, "Schedule", "_15_MINUTES_");
        Exchange scheduled = send(uri(us, "Reports/ManageReportSchedule"), schedule, null);
        assertTrue(scheduled.getException() == null, String.valueOf(scheduled.getException()));
        try {
            consume(uri(us, "Reports/GetReportList", "reportTypes=" + LISTINGS, "acknowledge=true", "delay=100",
                    "reportOutput=file", "spoolDirectory=" + spool), e -> {
                    });
            await("a scheduled report", Duration.ofSeconds(30), () -> !received.isEmpty());
            Exchange e = received.get(0);
            assertEquals(LISTINGS, e.getMessage().getHeader(MwsConstants.REPORT_TYPE));
            java.io.File file = e.getMessage().getBody(java.io.File.class);
            assertArrayEquals(reportBytes(us, id(e)), java.nio.file.Files.readAllBytes(file.toPath()));
            String requestId = e.getMessage().getHeader(MwsConstants.REPORT_REQUEST_ID, String.class);
            assertTrue(simulator().market().reports().requests(us.sellerId()).stream()
                    .anyMatch(r -> r.reportRequestId().equals(requestId) && r.scheduled()),
                    "the report of a scheduled request");
        } finally {
            send(uri(us, "Reports/ManageReportSchedule"), Map.of("ReportType", LISTINGS, "Schedule", "_NEVER_"),
                    null);
        }
    }

    /** Acknowledges every settlement of the seller but the newest ones, and returns those. */
    private List<String> newestSettlements(SellerAccount seller, int newest) {
        unacknowledgeAll(seller);
        List<Reports.ReportView> settlements = reports(seller, SETTLEMENT);
        acknowledge(seller, settlements.subList(newest, settlements.size()).stream().map(Reports.ReportView::reportId)
                .toList(), true);
        return settlements.subList(0, newest).stream().map(Reports.ReportView::reportId).toList();
    }

    /** Consumes into texts (decoded to UTF-8) and charsets by seller/reportId. */
    private void consumeDecoded(String uri, Map<String, String> texts, Map<String, String> charsets)
            throws Exception {
        consume(uri, e -> {
            String key = seller(e) + "/" + id(e);
            texts.put(key, e.getMessage().getBody(String.class));
            charsets.put(key, e.getMessage().getHeader(MwsConstants.REPORT_CHARSET, String.class));
        });
    }

    /**
     * Settlement reports name no charset. On an endpoint without a marketplace serving a seller at home in the US and
     * one at home in Japan, each seller's reports are read in the charset of its own marketplaces, as
     * ListMarketplaceParticipations lists them (asked once per seller): windows-1252 and windows-31j.
     */
    @Test
    void aReportWithoutCharsetIsReadInTheCharsetOfItsSellersMarketplaces() throws Exception {
        SellerAccount us = sellerIn(US);
        SellerAccount jp = sellerIn(JP);
        Map<SellerAccount, List<String>> fresh = new LinkedHashMap<>();
        for (SellerAccount seller : List.of(us, jp)) {
            fresh.put(seller, newestSettlements(seller, 3));
        }
        Map<String, String> texts = new ConcurrentHashMap<>();
        Map<String, String> charsets = new ConcurrentHashMap<>();

        consumeDecoded(sellersUri(List.of(us, jp), "reportTypes=" + SETTLEMENT, "acknowledge=true", "delay=100",
                "decodeReport=true", "spoolDirectory=" + spool), texts, charsets);
        await("both sellers' new settlements acknowledged", Duration.ofSeconds(30),
                () -> reports(us, SETTLEMENT).stream().allMatch(Reports.ReportView::acknowledged)
                      && reports(jp, SETTLEMENT).stream().allMatch(Reports.ReportView::acknowledged));
        morePolls(2);

        Map<SellerAccount, Charset> expected = Map.of(us, Charset.forName("windows-1252"), jp,
                Charset.forName("windows-31j"));
        for (SellerAccount seller : List.of(us, jp)) {
            for (String reportId : fresh.get(seller)) {
                String key = seller.sellerId() + "/" + reportId;
                assertEquals(expected.get(seller).name(), charsets.get(key), "the charset of " + key);
                assertEquals(new String(reportBytes(seller, reportId), expected.get(seller)), texts.get(key),
                        "decoded from its charset: " + key);
            }
        }
        for (SellerAccount seller : List.of(us, jp)) {
            assertEquals(1, requests("Sellers", "ListMarketplaceParticipations").stream()
                    .filter(r -> seller.sellerId().equals(r.sellerId())).count(),
                    "the marketplaces of " + seller.sellerId() + " listed once");
        }
    }

    /**
     * When a seller's marketplaces cannot be listed, the endpoint's marketplace (none here: windows-1252) stands in and
     * the report is emitted all the same; the listing is tried again at the next poll, and kept once it succeeded.
     */
    @Test
    void whenTheSellersMarketplacesCannotBeListedTheEndpointsMarketplaceStandsIn() throws Exception {
        SellerAccount jp = sellerIn(JP);
        List<String> fresh = newestSettlements(jp, 3); // newest first
        simulator().faults().on("Sellers", "ListMarketplaceParticipations").next(Fault.INTERNAL_ERROR);
        Map<String, String> texts = new ConcurrentHashMap<>();
        Map<String, String> charsets = new ConcurrentHashMap<>();

        consumeDecoded(uri(jp, "Reports/GetReportList", "reportTypes=" + SETTLEMENT, "acknowledge=true",
                "delay=100", "maxMessagesPerPoll=1", "maxRetries=0", "decodeReport=true", "spoolDirectory=" + spool),
                texts, charsets);
        await("the new settlements acknowledged", Duration.ofSeconds(30),
                () -> reports(jp, SETTLEMENT).stream().allMatch(Reports.ReportView::acknowledged));

        String key = jp.sellerId() + "/";
        assertEquals("windows-1252", charsets.get(key + fresh.get(2)), "the first poll's report: the endpoint's");
        assertEquals("windows-31j", charsets.get(key + fresh.get(1)), "the next poll's: the seller's");
        assertEquals("windows-31j", charsets.get(key + fresh.get(0)));
        List<RequestRecord> listings = requests("Sellers", "ListMarketplaceParticipations");
        assertEquals(2, listings.size(), "failed once, then listed once and kept");
        assertFalse(listings.get(0).succeeded());
        assertTrue(listings.get(1).succeeded());
    }
}
