package org.apache.camel.mws.examples;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.camel.mws.examples.reports.ReportRoutes;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.market.data.Order;
import org.apache.camel.mws.simulator.market.data.OrderItem;
import org.apache.camel.mws.simulator.market.reports.Reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the database and the report files must hold, compared with the simulator's own records.
 * <p>
 * An incremental sync that reached the checkpoint C must hold every order the simulator last updated before C,
 * exactly as it is (status, dates, money, items); orders updated since may be at an older version or missing (the
 * next window brings them). Every stored order must be a version the simulator had: never newer than the
 * simulator's, and equal to it when its LastUpdateDate is the simulator's.
 */
final class SimulatorTruth {

    private SimulatorTruth() {
    }

    /** One order as a comparable text: its fields and its items' fields. */
    record OrderView(String id, String status, Instant lastUpdate, String marketplaceId, BigDecimal total,
            String currency, int shipped, int unshipped, String buyerEmail, Map<String, String> items) {
    }

    static Instant checkpoint(DataSource ds, String sellerId) throws SQLException {
        // the mws consumer's key: mws:Orders/ListOrders/<SellerId>/<MarketplaceIds>
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT state_value FROM camel_mws_state WHERE state_key LIKE ?")) {
            st.setString(1, "mws:Orders/ListOrders/" + sellerId + "/%");
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Instant.parse(rs.getString(1)) : null;
            }
        }
    }

    static Map<String, OrderView> stored(DataSource ds, String sellerId) throws SQLException {
        Map<String, Map<String, String>> items = new HashMap<>();
        Map<String, OrderView> orders = new TreeMap<>();
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement st = c.prepareStatement("SELECT amazon_order_id, order_item_id, seller_sku, title,"
                                                           + " quantity_ordered, quantity_shipped, item_price_amount"
                                                           + " FROM order_items WHERE seller_id = ?")) {
                st.setString(1, sellerId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        items.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2),
                                item(rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                                        rs.getBigDecimal(7)));
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("SELECT amazon_order_id, order_status, last_update_date,"
                                                           + " marketplace_id, order_total_amount, order_total_currency,"
                                                           + " number_of_items_shipped, number_of_items_unshipped,"
                                                           + " buyer_email FROM orders WHERE seller_id = ?")) {
                st.setString(1, sellerId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        orders.put(id, new OrderView(id, rs.getString(2),
                                rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4),
                                strip(rs.getBigDecimal(5)), rs.getString(6), rs.getInt(7), rs.getInt(8),
                                rs.getString(9), items.getOrDefault(id, Map.of())));
                    }
                }
            }
        }
        return orders;
    }

    static OrderView view(Order o) {
        boolean hidden = o.status().hidesBuyer();
        int digits = o.marketplace().currencyDigits();
        Map<String, String> items = new TreeMap<>();
        for (OrderItem i : o.items()) {
            items.put(i.orderItemId(), item(i.listing().sku(), i.title(), i.quantityOrdered(), i.quantityShipped(),
                    BigDecimal.valueOf(i.itemPrice(), digits)));
        }
        return new OrderView(o.amazonOrderId(), o.status().name(), Instant.ofEpochMilli(o.lastUpdateDate()),
                o.marketplace().id(), hidden ? null : strip(BigDecimal.valueOf(o.orderTotal(), digits)),
                hidden ? null : o.marketplace().currency(), o.numberOfItemsShipped(), o.numberOfItemsUnshipped(),
                hidden ? null : o.buyerEmail(), items);
    }

    private static String item(String sku, String title, int ordered, int shipped, BigDecimal price) {
        return sku + " | " + title + " | " + ordered + " | " + shipped + " | " + strip(price);
    }

    private static BigDecimal strip(BigDecimal b) {
        return b == null ? null : b.stripTrailingZeros();
    }

    /**
     * Asserts that the seller's orders in the database are what a sync up to its checkpoint must hold.
     *
     * @return how many orders the simulator says the sync must hold exactly
     */
    static int assertOrdersMatch(DataSource ds, MwsSimulator sim, String sellerId) throws SQLException {
        Instant checkpoint = checkpoint(ds, sellerId);
        assertNotNull(checkpoint, "no checkpoint for seller " + sellerId);
        Map<String, OrderView> stored = stored(ds, sellerId);
        List<Order> settled = sim.market().ordersLastUpdatedBefore(sellerId, checkpoint);
        for (Order o : settled) {
            OrderView expected = view(o);
            assertEquals(expected, stored.get(o.amazonOrderId()),
                    "seller " + sellerId + ", order " + o.amazonOrderId() + " (checkpoint " + checkpoint + ")");
        }
        Set<String> settledIds = settled.stream().map(Order::amazonOrderId).collect(Collectors.toSet());
        for (OrderView row : stored.values()) {
            Order now = sim.market().order(sellerId, row.id());
            assertNotNull(now, "the database holds order " + row.id() + " the simulator does not have");
            if (!settledIds.contains(row.id())) {
                assertTrue(!row.lastUpdate().isAfter(Instant.ofEpochMilli(now.lastUpdateDate())),
                        "order " + row.id() + " is stored newer than the simulator has it");
                if (row.lastUpdate().equals(Instant.ofEpochMilli(now.lastUpdateDate()))) {
                    assertEquals(view(now), row, "order " + row.id());
                }
            }
        }
        return settled.size();
    }

    /** Every stored order, for comparing two databases. */
    static Map<String, OrderView> all(DataSource ds, List<String> sellerIds) throws SQLException {
        Map<String, OrderView> all = new TreeMap<>();
        for (String s : sellerIds) {
            all.putAll(stored(ds, s));
        }
        return all;
    }

    /**
     * Asserts that every acknowledged report of the examples' types has its file, whose UTF-8 text encodes back
     * into exactly the bytes MWS sent (so it matches their Content-MD5).
     *
     * @return the files checked
     */
    static List<Path> assertReportFiles(MwsSimulator sim, String sellerId, Path directory) throws Exception {
        List<Path> checked = new ArrayList<>();
        for (Reports.ReportView r : sim.market().reports().reports(sellerId)) {
            if (!r.acknowledged() || !(ReportRoutes.ORDERS_REPORT.equals(r.reportType())
                                       || ReportRoutes.SETTLEMENT_REPORT.equals(r.reportType()))) {
                continue;
            }
            Path file = directory.resolve(sellerId).resolve(r.reportType())
                    .resolve(r.availableDate().toString().substring(0, 10) + "-" + r.reportId() + ".tsv");
            assertTrue(Files.exists(file), "acknowledged report " + r.reportId() + " has no file " + file);
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            sim.market().reports().writeReport(sellerId, r.reportId(), raw);
            String text = Files.readString(file);
            Charset charset = reportCharset(sim, sellerId);
            assertEquals(md5(raw.toByteArray()), md5(text.getBytes(charset)),
                    "report " + r.reportId() + " decoded from " + charset + " does not encode back to what MWS sent");
            checked.add(file);
        }
        // nothing else lies beside the files: no temporary file left, no stray directory
        for (Path file : checked) {
            try (var siblings = Files.list(file.getParent())) {
                siblings.forEach(f -> assertTrue(Files.isRegularFile(f) && f.toString().endsWith(".tsv"),
                        "unexpected " + f + " among the report files"));
            }
        }
        return checked;
    }

    /** The charset of a seller's reports: its home marketplace's (windows-31j in Japan, ...). */
    static Charset reportCharset(MwsSimulator sim, String sellerId) {
        return sim.market().marketplaces(sellerId).get(0).reportCharset();
    }

    static String md5(byte[] bytes) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(bytes));
    }
}
