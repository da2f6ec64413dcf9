package org.apache.camel.mws.simulator.market.inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.camel.mws.simulator.market.common.MarketContext;
import org.apache.camel.mws.simulator.market.common.Params;
import org.apache.camel.mws.simulator.market.data.Inventory;
import org.apache.camel.mws.simulator.market.data.Listing;
import org.apache.camel.mws.simulator.market.data.Seller;
import org.apache.camel.mws.simulator.market.token.TokenKind;
import org.apache.camel.mws.simulator.market.token.TokenState;
import org.apache.camel.mws.simulator.market.xml.Xml;
import org.apache.camel.mws.simulator.spi.HandlerRegistry;
import org.apache.camel.mws.simulator.spi.SimException;
import org.apache.camel.mws.simulator.spi.SimRequest;
import org.apache.camel.mws.simulator.spi.SimResponse;

/**
 * The FulfillmentInventory section: ListInventorySupply by SKUs or by change date, and its ByNextToken twin.
 * Every listing of the seller has a supply (the simulator keeps one quantity per SKU, which inventory feeds set).
 */
public final class InventoryHandlers {

    static final int PAGE = 50;

    private final MarketContext ctx;

    public InventoryHandlers(MarketContext ctx) {
        this.ctx = ctx;
    }

    public void register(HandlerRegistry registry) {
        registry.register("FulfillmentInventory", "ListInventorySupply", this::list);
        registry.register("FulfillmentInventory", "ListInventorySupplyByNextToken", this::listByNextToken);
    }

    SimResponse list(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        Params p = new Params(request.params());
        List<String> skus = p.list("SellerSkus.member.", 50);
        Instant since = p.date("QueryStartDateTime");
        if (!skus.isEmpty() && since != null) {
            throw SimException.invalidParameter("Specify either SellerSkus or QueryStartDateTime, not both.");
        }
        if (skus.isEmpty() && since == null) {
            throw SimException.invalidParameter("Either SellerSkus or QueryStartDateTime must be specified.");
        }
        String marketplace = p.get("MarketplaceId");
        if (marketplace != null) {
            Params.marketplaceIndex(s, marketplace);
        }
        boolean detailed = detailed(p.get("ResponseGroup"));
        if (!skus.isEmpty()) {
            Xml x = new Xml(256 + skus.size() * 500);
            x.el("MarketplaceId", marketplace);
            x.open("InventorySupplyList");
            for (String sku : skus) {
                Listing l = s.listings().bySku(sku);
                if (l == null) {
                    x.open("member").el("SellerSKU", sku).el("TotalSupplyQuantity", 0)
                            .el("InStockSupplyQuantity", 0).close("member");
                } else {
                    member(x, s.inventory(), l, now, detailed);
                }
            }
            x.close("InventorySupplyList");
            return new SimResponse.XmlResult(x.toString());
        }
        return page(s, since.toEpochMilli(), now, detailed, marketplace, 0, now);
    }

    SimResponse listByNextToken(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        TokenState.Reader r = new TokenState.Reader(ctx.tokens().decode(s.sellerId(), TokenKind.INVENTORY_SUPPLY,
                new Params(request.params()).required("NextToken"), now));
        long since = r.getLong();
        long asOf = r.getLong();
        boolean detailed = r.getInt() == 1;
        String marketplace = r.getString();
        int position = r.getInt();
        return page(s, since, asOf, detailed, marketplace, position, now);
    }

    private static boolean detailed(String group) {
        if (group == null || "Basic".equals(group)) {
            return false;
        }
        if ("Detailed".equals(group)) {
            return true;
        }
        throw SimException.invalidParameter("Invalid ResponseGroup '" + group + "'. Valid values: Basic, Detailed.");
    }

    /** Supplies changed at or after {@code since} (as of the snapshot), oldest change first. */
    private SimResponse page(Seller s, long since, long asOf, boolean detailed, String marketplace, int position,
            long now) {
        Inventory inv = s.inventory();
        List<long[]> changed = new ArrayList<>();
        for (int i = 0; i < s.listings().size(); i++) {
            long at = inv.lastChangeAsOf(i, asOf);
            if (at >= since) {
                changed.add(new long[] { at, i });
            }
        }
        long[][] sorted = changed.toArray(new long[0][]);
        Arrays.sort(sorted, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int stop = Math.min(sorted.length, position + PAGE);
        Xml x = new Xml(256 + PAGE * 500);
        if (stop < sorted.length) {
            byte[] state = new TokenState.Writer().putLong(since).putLong(asOf).putInt(detailed ? 1 : 0)
                    .putString(marketplace).putInt(stop).toBytes();
            x.el("NextToken", ctx.tokens().encode(s.sellerId(), TokenKind.INVENTORY_SUPPLY, state,
                    ctx.tokenExpiry(now)));
        }
        x.el("MarketplaceId", marketplace);
        x.open("InventorySupplyList");
        for (int k = position; k < stop; k++) {
            member(x, inv, s.listings().get((int) sorted[k][1]), asOf, detailed);
        }
        x.close("InventorySupplyList");
        return new SimResponse.XmlResult(x.toString());
    }

    private static void member(Xml x, Inventory inv, Listing l, long t, boolean detailed) {
        long qty = inv.quantityAsOf(l.index(), t);
        String timepoint = qty > 0 ? "Immediately" : "Unknown";
        x.open("member");
        x.el("SellerSKU", l.sku()).el("FNSKU", l.fnsku()).el("ASIN", l.asin()).el("Condition", "NewItem");
        x.el("TotalSupplyQuantity", qty).el("InStockSupplyQuantity", qty);
        x.open("EarliestAvailability").el("TimepointType", timepoint).close("EarliestAvailability");
        if (detailed) {
            x.open("SupplyDetail");
            if (qty > 0) {
                x.open("member").el("Quantity", qty).el("SupplyType", "InStock")
                        .open("EarliestAvailableToPick").el("TimepointType", "Immediately")
                        .close("EarliestAvailableToPick").open("LatestAvailableToPick")
                        .el("TimepointType", "Immediately").close("LatestAvailableToPick").close("member");
            }
            x.close("SupplyDetail");
        }
        x.close("member");
    }
}
