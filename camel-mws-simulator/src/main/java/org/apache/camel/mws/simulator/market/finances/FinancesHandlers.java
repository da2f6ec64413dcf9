package org.apache.camel.mws.simulator.market.finances;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.mws.simulator.market.common.MarketContext;
import org.apache.camel.mws.simulator.market.common.Params;
import org.apache.camel.mws.simulator.market.data.Marketplace;
import org.apache.camel.mws.simulator.market.data.Order;
import org.apache.camel.mws.simulator.market.data.OrderItem;
import org.apache.camel.mws.simulator.market.data.Seller;
import org.apache.camel.mws.simulator.market.token.TokenKind;
import org.apache.camel.mws.simulator.market.token.TokenState;
import org.apache.camel.mws.simulator.market.xml.Money;
import org.apache.camel.mws.simulator.market.xml.Xml;
import org.apache.camel.mws.simulator.spi.HandlerRegistry;
import org.apache.camel.mws.simulator.spi.SimException;
import org.apache.camel.mws.simulator.spi.SimRequest;
import org.apache.camel.mws.simulator.spi.SimResponse;

/** The Finances section: financial event groups and financial events, with their ByNextToken twins. */
public final class FinancesHandlers {

    /** Longest window ListFinancialEvents answers (client time, not scaled); longer ones return nothing. */
    static final long MAX_WINDOW = 180L * 86_400_000L;
    private static final String[] EMPTY_LISTS = { "GuaranteeClaimEventList", "ChargebackEventList",
            "PayWithAmazonEventList", "ServiceProviderCreditEventList", "RetrochargeEventList",
            "RentalTransactionEventList", "PerformanceBondRefundEventList", "ProductAdsPaymentEventList",
            "ServiceFeeEventList", "DebtRecoveryEventList", "LoanServicingEventList", "AdjustmentEventList" };

    private final MarketContext ctx;
    private final FinancialEvents events;

    public FinancesHandlers(MarketContext ctx, FinancialEvents events) {
        this.ctx = ctx;
        this.events = events;
    }

    public void register(HandlerRegistry registry) {
        registry.register("Finances", "ListFinancialEventGroups", this::listGroups);
        registry.register("Finances", "ListFinancialEventGroupsByNextToken", this::listGroupsByNextToken);
        registry.register("Finances", "ListFinancialEvents", this::listEvents);
        registry.register("Finances", "ListFinancialEventsByNextToken", this::listEventsByNextToken);
    }

    // ------------------------------------------------------------------------------------------ groups

    SimResponse listGroups(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        Params p = new Params(request.params());
        Instant after = p.date("FinancialEventGroupStartedAfter");
        if (after == null) {
            throw SimException.missingParameter("FinancialEventGroupStartedAfter");
        }
        Instant beforeParam = p.date("FinancialEventGroupStartedBefore");
        long before = beforeParam == null ? now - ctx.lag() : beforeParam.toEpochMilli();
        if (beforeParam != null && before > now - ctx.lag()) {
            throw SimException.invalidParameter("FinancialEventGroupStartedBefore must be no later than two minutes"
                    + " before the time the request was submitted.");
        }
        if (before <= after.toEpochMilli()) {
            throw SimException.invalidParameter(
                    "FinancialEventGroupStartedBefore must be later than FinancialEventGroupStartedAfter.");
        }
        int size = p.intIn("MaxResultsPerPage", 1, 100, 100);
        return groupsPage(s, after.toEpochMilli(), before, now, size, 0, now);
    }

    SimResponse listGroupsByNextToken(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        TokenState.Reader r = new TokenState.Reader(ctx.tokens().decode(s.sellerId(), TokenKind.FINANCIAL_EVENT_GROUPS,
                new Params(request.params()).required("NextToken"), now));
        return groupsPage(s, r.getLong(), r.getLong(), r.getLong(), r.getInt(), r.getInt(), now);
    }

    private SimResponse groupsPage(Seller s, long after, long before, long asOf, int size, int position, long now) {
        List<FinancialEvents.Group> all = new ArrayList<>();
        for (FinancialEvents.Group g : events.groups(s, asOf)) {
            if (g.start() >= after && g.start() < before) {
                all.add(g);
            }
        }
        int stop = Math.min(all.size(), position + size);
        Xml x = new Xml(256 + (stop - position) * 900);
        if (stop < all.size()) {
            byte[] state = new TokenState.Writer().putLong(after).putLong(before).putLong(asOf).putInt(size)
                    .putInt(stop).toBytes();
            x.el("NextToken", ctx.tokens().encode(s.sellerId(), TokenKind.FINANCIAL_EVENT_GROUPS, state,
                    ctx.tokenExpiry(now)));
        }
        x.open("FinancialEventGroupList");
        for (int i = position; i < stop; i++) {
            group(x, s, all.get(i), asOf);
        }
        x.close("FinancialEventGroupList");
        return new SimResponse.XmlResult(x.toString());
    }

    private void group(Xml x, Seller s, FinancialEvents.Group g, long asOf) {
        boolean closed = g.end() <= asOf;
        long until = closed ? g.end() : asOf;
        Marketplace m = marketplaceOf(s, g.currency());
        long total = 0;
        for (FinancialEvents.Event e : events.events(s, g.start(), g.end(), until, -1, 0, Integer.MAX_VALUE)) {
            Order o = s.orders().order(e.orderIndex(), until);
            if (o.marketplace().currency().equals(g.currency())) {
                for (OrderItem item : o.items()) {
                    total += e.refund() ? FinancialEvents.refundNet(item) : FinancialEvents.shipmentNet(o, item);
                }
            }
        }
        x.open("FinancialEventGroup");
        x.el("FinancialEventGroupId", FinancialEvents.groupId(s, g));
        x.el("ProcessingStatus", closed ? "Closed" : "Open");
        if (closed) {
            x.el("FundTransferStatus", "Succeeded");
        }
        Money.finances(x, "OriginalTotal", g.currency(), total, m.currencyDigits());
        Money.finances(x, "ConvertedTotal", g.currency(), total, m.currencyDigits());
        if (closed) {
            x.dateZ("FundTransferDate", g.end() + (g.end() - g.start()) / 14);
            x.el("TraceId", Long.toString(FinancialEvents.settlementId(s, g)));
            x.el("AccountTail", String.format("%03d", Math.floorMod(s.key(), 1000L)));
        }
        Money.finances(x, "BeginningBalance", g.currency(), 0, m.currencyDigits());
        x.dateZ("FinancialEventGroupStart", g.start());
        if (closed) {
            x.dateZ("FinancialEventGroupEnd", g.end());
        }
        x.close("FinancialEventGroup");
    }

    private static Marketplace marketplaceOf(Seller s, String currency) {
        for (Marketplace m : s.marketplaces()) {
            if (m.currency().equals(currency)) {
                return m;
            }
        }
        return s.home();
    }

    // ------------------------------------------------------------------------------------------ events

    SimResponse listEvents(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        Params p = new Params(request.params());
        String orderId = p.get("AmazonOrderId");
        String groupId = p.get("FinancialEventGroupId");
        Instant postedAfter = p.date("PostedAfter");
        int given = (orderId != null ? 1 : 0) + (groupId != null ? 1 : 0) + (postedAfter != null ? 1 : 0);
        if (given != 1) {
            throw SimException.invalidParameter(
                    "Exactly one of AmazonOrderId, FinancialEventGroupId and PostedAfter must be specified.");
        }
        int size = p.intIn("MaxResultsPerPage", 1, 100, 100);
        Instant postedBefore = p.date("PostedBefore");
        if (postedBefore != null && postedAfter == null) {
            throw SimException.invalidParameter("PostedBefore can only be used with PostedAfter.");
        }
        long from;
        long to;
        long orderIndex = -1;
        if (orderId != null) {
            orderIndex = s.orders().indexOfAmazonOrderId(orderId, now);
            if (orderIndex < 0) {
                return eventsPage(s, 0, 0, now, -1, size, 0, now);
            }
            from = Long.MIN_VALUE / 4;
            to = Long.MAX_VALUE / 4;
        } else if (groupId != null) {
            FinancialEvents.Group g = events.group(s, groupId, now);
            if (g == null) {
                throw SimException.invalidParameter("Invalid FinancialEventGroupId " + groupId + ".");
            }
            from = g.start();
            to = g.end();
        } else {
            from = postedAfter.toEpochMilli();
            to = postedBefore == null ? now - ctx.lag() : postedBefore.toEpochMilli();
            if (postedBefore != null && to > now - ctx.lag()) {
                throw SimException.invalidParameter(
                        "PostedBefore must be no later than two minutes before the time the request was submitted.");
            }
            if (to <= from) {
                throw SimException.invalidParameter("PostedBefore must be later than PostedAfter.");
            }
            if (to - from > MAX_WINDOW) {
                // MWS answered windows over 180 days with nothing rather than an error
                to = from;
            }
        }
        return eventsPage(s, from, to, now, orderIndex, size, 0, now);
    }

    SimResponse listEventsByNextToken(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        TokenState.Reader r = new TokenState.Reader(ctx.tokens().decode(s.sellerId(), TokenKind.FINANCIAL_EVENTS,
                new Params(request.params()).required("NextToken"), now));
        return eventsPage(s, r.getLong(), r.getLong(), r.getLong(), r.getLong(), r.getInt(), r.getInt(), now);
    }

    private SimResponse eventsPage(Seller s, long from, long to, long asOf, long orderIndex, int size, int position,
            long now) {
        List<FinancialEvents.Event> page = to <= from ? List.of()
                : events.events(s, from, to, asOf, orderIndex, position, size);
        int total = to <= from ? 0 : events.count(s, from, to, asOf, orderIndex);
        Xml x = new Xml(512 + page.size() * 1500);
        if (position + page.size() < total) {
            byte[] state = new TokenState.Writer().putLong(from).putLong(to).putLong(asOf).putLong(orderIndex)
                    .putInt(size).putInt(position + page.size()).toBytes();
            x.el("NextToken", ctx.tokens().encode(s.sellerId(), TokenKind.FINANCIAL_EVENTS, state,
                    ctx.tokenExpiry(now)));
        }
        x.open("FinancialEvents");
        x.open("ShipmentEventList");
        for (FinancialEvents.Event e : page) {
            if (!e.refund()) {
                event(x, s, e, asOf);
            }
        }
        x.close("ShipmentEventList");
        x.open("RefundEventList");
        for (FinancialEvents.Event e : page) {
            if (e.refund()) {
                event(x, s, e, asOf);
            }
        }
        x.close("RefundEventList");
        for (String empty : EMPTY_LISTS) {
            x.raw("<").raw(empty).raw("/>");
        }
        x.close("FinancialEvents");
        return new SimResponse.XmlResult(x.toString());
    }

    private static void event(Xml x, Seller s, FinancialEvents.Event e, long asOf) {
        Order o = s.orders().order(e.orderIndex(), asOf);
        Marketplace m = o.marketplace();
        String c = m.currency();
        int d = m.currencyDigits();
        String tag = "ShipmentEvent"; // RefundEventList holds ShipmentEvents with adjustment items, as MWS did
        x.open(tag);
        x.el("AmazonOrderId", o.amazonOrderId());
        x.el("SellerOrderId", o.sellerOrderId());
        x.el("MarketplaceName", m.salesChannel());
        x.dateZ("PostedDate", e.posted());
        x.open(e.refund() ? "ShipmentItemAdjustmentList" : "ShipmentItemList");
        for (OrderItem item : o.items()) {
            x.open("ShipmentItem");
            x.el("SellerSKU", item.listing().sku());
            x.el("OrderItemId", item.orderItemId());
            if (e.refund()) {
                x.el("OrderAdjustmentItemId", "A" + item.orderItemId());
            }
            x.el("QuantityShipped", item.quantityOrdered());
            String charges = e.refund() ? "ItemChargeAdjustmentList" : "ItemChargeList";
            String fees = e.refund() ? "ItemFeeAdjustmentList" : "ItemFeeList";
            int sign = e.refund() ? -1 : 1;
            x.open(charges);
            charge(x, "Principal", c, sign * item.itemPrice(), d);
            charge(x, "Tax", c, sign * item.itemTax(), d);
            if (!e.refund()) {
                charge(x, "ShippingCharge", c, item.shippingPrice(), d);
            }
            x.close(charges);
            x.open(fees);
            long commission = FinancialEvents.commission(item);
            fee(x, e.refund() ? "RefundCommission" : "Commission", c,
                    e.refund() ? -Math.round(commission * 0.8) : commission, d);
            long fba = FinancialEvents.fbaFee(o, item);
            if (!e.refund() && fba != 0) {
                fee(x, "FBAPerUnitFulfillmentFee", c, fba, d);
            }
            x.close(fees);
            if (!e.refund() && item.promotionDiscount() > 0) {
                x.open("PromotionList").open("Promotion").el("PromotionType", "PromotionMetaDataDefinitionValue")
                        .el("PromotionId", "PLM-" + item.listing().asin());
                Money.finances(x, "PromotionAmount", c, -item.promotionDiscount(), d);
                x.close("Promotion").close("PromotionList");
            }
            x.close("ShipmentItem");
        }
        x.close(e.refund() ? "ShipmentItemAdjustmentList" : "ShipmentItemList");
        x.close(tag);
    }

    private static void charge(Xml x, String type, String currency, long amount, int digits) {
        x.open("ChargeComponent").el("ChargeType", type);
        Money.finances(x, "ChargeAmount", currency, amount, digits);
        x.close("ChargeComponent");
    }

    private static void fee(Xml x, String type, String currency, long amount, int digits) {
        x.open("FeeComponent").el("FeeType", type);
        Money.finances(x, "FeeAmount", currency, amount, digits);
        x.close("FeeComponent");
    }
}
