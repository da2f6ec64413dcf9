package org.apache.camel.mws.simulator.market.orders;

import java.util.List;

import org.apache.camel.mws.simulator.market.common.MarketContext;
import org.apache.camel.mws.simulator.market.common.Params;
import org.apache.camel.mws.simulator.market.data.Order;
import org.apache.camel.mws.simulator.market.data.OrderBook;
import org.apache.camel.mws.simulator.market.data.OrderFacts;
import org.apache.camel.mws.simulator.market.data.Seller;
import org.apache.camel.mws.simulator.market.token.TokenKind;
import org.apache.camel.mws.simulator.market.token.TokenState;
import org.apache.camel.mws.simulator.market.xml.Xml;
import org.apache.camel.mws.simulator.spi.HandlerRegistry;
import org.apache.camel.mws.simulator.spi.SimException;
import org.apache.camel.mws.simulator.spi.SimRequest;
import org.apache.camel.mws.simulator.spi.SimResponse;

/** The Orders section: ListOrders, ListOrdersByNextToken, GetOrder, ListOrderItems, ListOrderItemsByNextToken. */
public final class OrdersHandlers {

    private final MarketContext ctx;
    private final OrderSearch search;

    public OrdersHandlers(MarketContext ctx, OrderSearch search) {
        this.ctx = ctx;
        this.search = search;
    }

    public void register(HandlerRegistry registry) {
        registry.register("Orders", "ListOrders", this::listOrders);
        registry.register("Orders", "ListOrdersByNextToken", this::listOrdersByNextToken);
        registry.register("Orders", "GetOrder", this::getOrder);
        registry.register("Orders", "ListOrderItems", this::listOrderItems);
        registry.register("Orders", "ListOrderItemsByNextToken", this::listOrderItemsByNextToken);
    }

    SimResponse listOrders(SimRequest request) {
        Seller seller = ctx.seller(request);
        long now = MarketContext.now(request);
        OrdersQuery q = OrdersQuery.parse(new Params(request.params()), seller, now, ctx.lag());
        return ordersPage(request, seller, q, search.start(seller, q), now);
    }

    SimResponse listOrdersByNextToken(SimRequest request) {
        Seller seller = ctx.seller(request);
        long now = MarketContext.now(request);
        String token = new Params(request.params()).required("NextToken");
        TokenState.Reader r = new TokenState.Reader(
                ctx.tokens().decode(seller.sellerId(), TokenKind.LIST_ORDERS, token, now));
        OrdersQuery q = OrdersQuery.read(r);
        long cursor = r.getLong();
        return ordersPage(request, seller, q, cursor, now);
    }

    private SimResponse ordersPage(SimRequest request, Seller seller, OrdersQuery q, long cursor, long now) {
        OrderSearch.Page page = search.page(seller, q, cursor);
        Xml x = new Xml(2048 + page.indexes().length * 2200);
        if (page.next() >= 0) {
            TokenState.Writer w = new TokenState.Writer();
            q.write(w);
            w.putLong(page.next());
            x.el("NextToken", ctx.tokens().encode(seller.sellerId(), TokenKind.LIST_ORDERS, w.toBytes(),
                    ctx.tokenExpiry(now)));
        }
        x.dateZ(q.byUpdate() ? "LastUpdatedBefore" : "CreatedBefore", q.before());
        x.open("Orders");
        OrderBook book = seller.orders();
        for (long index : page.indexes()) {
            OrderXml.order(x, book.order(index, q.asOf()));
        }
        x.close("Orders");
        return new SimResponse.XmlResult(x.toString());
    }

    SimResponse getOrder(SimRequest request) {
        Seller seller = ctx.seller(request);
        long now = MarketContext.now(request);
        List<String> ids = new Params(request.params()).list("AmazonOrderId.Id.", 50);
        if (ids.isEmpty()) {
            throw SimException.missingParameter("AmazonOrderId.Id.1");
        }
        Xml x = new Xml(ids.size() * 2200 + 64);
        x.open("Orders");
        OrderBook book = seller.orders();
        for (String id : ids) {
            long index = book.indexOfAmazonOrderId(id, now);
            if (index >= 0) {
                OrderXml.order(x, book.order(index, now));
            }
        }
        x.close("Orders");
        return new SimResponse.XmlResult(x.toString());
    }

    SimResponse listOrderItems(SimRequest request) {
        Seller seller = ctx.seller(request);
        long now = MarketContext.now(request);
        String id = new Params(request.params()).required("AmazonOrderId");
        long index = seller.orders().indexOfAmazonOrderId(id, now);
        if (index < 0) {
            throw SimException.invalidParameter("Invalid AmazonOrderId: " + id + " is not an order of this seller.");
        }
        return itemsPage(seller, index, 0, now, now);
    }

    SimResponse listOrderItemsByNextToken(SimRequest request) {
        Seller seller = ctx.seller(request);
        long now = MarketContext.now(request);
        String token = new Params(request.params()).required("NextToken");
        TokenState.Reader r = new TokenState.Reader(
                ctx.tokens().decode(seller.sellerId(), TokenKind.LIST_ORDER_ITEMS, token, now));
        long index = r.getLong();
        int start = r.getInt();
        long asOf = r.getLong();
        return itemsPage(seller, index, start, asOf, now);
    }

    private SimResponse itemsPage(Seller seller, long index, int start, long asOf, long now) {
        OrderBook book = seller.orders();
        OrderFacts f = book.facts(index);
        Order order = book.order(index, asOf);
        int size = ctx.settings().orderItemsPageSize();
        int stop = Math.min(f.itemCount(), start + size);
        Xml x = new Xml(1024 + size * 1200);
        if (stop < f.itemCount()) {
            byte[] state = new TokenState.Writer().putLong(index).putInt(stop).putLong(asOf).toBytes();
            x.el("NextToken", ctx.tokens().encode(seller.sellerId(), TokenKind.LIST_ORDER_ITEMS, state,
                    ctx.tokenExpiry(now)));
        }
        x.el("AmazonOrderId", order.amazonOrderId());
        x.open("OrderItems");
        for (int j = start; j < stop; j++) {
            OrderXml.item(x, order.items().get(j), order.marketplace());
        }
        x.close("OrderItems");
        return new SimResponse.XmlResult(x.toString());
    }
}
