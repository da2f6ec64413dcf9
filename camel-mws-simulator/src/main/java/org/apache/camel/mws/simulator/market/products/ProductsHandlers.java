package org.apache.camel.mws.simulator.market.products;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.camel.mws.simulator.market.common.MarketContext;
import org.apache.camel.mws.simulator.market.common.Params;
import org.apache.camel.mws.simulator.market.data.Listing;
import org.apache.camel.mws.simulator.market.data.Marketplace;
import org.apache.camel.mws.simulator.market.data.Seller;
import org.apache.camel.mws.simulator.market.xml.Money;
import org.apache.camel.mws.simulator.market.xml.Xml;
import org.apache.camel.mws.simulator.spi.HandlerRegistry;
import org.apache.camel.mws.simulator.spi.SimRequest;
import org.apache.camel.mws.simulator.spi.SimResponse;

/**
 * The Products basics: ListMatchingProducts searches the seller's listings by title words. (Operations answering
 * one Result element per requested id, such as GetMatchingProductForId, do not fit the single-result answer of
 * the simulator's handler contract and are not implemented.)
 */
public final class ProductsHandlers {

    static final String NS2 = "http://mws.amazonservices.com/schema/Products/2011-10-01/default.xsd";
    static final int MAX_PRODUCTS = 10;

    private final MarketContext ctx;

    public ProductsHandlers(MarketContext ctx) {
        this.ctx = ctx;
    }

    public void register(HandlerRegistry registry) {
        registry.register("Products", "ListMatchingProducts", this::listMatchingProducts);
    }

    SimResponse listMatchingProducts(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        Params p = new Params(request.params());
        String marketplaceId = p.required("MarketplaceId");
        String query = p.required("Query");
        int index = Params.marketplaceIndex(s, marketplaceId);
        Marketplace m = s.marketplaces().get(index);
        String[] words = query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        List<Listing> found = new ArrayList<>();
        for (int i = 0; i < s.listings().size() && found.size() < MAX_PRODUCTS; i++) {
            Listing l = s.listings().get(i);
            String title = s.listings().title(l, m).toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String w : words) {
                all &= title.contains(w) || l.asin().equalsIgnoreCase(w) || l.sku().equalsIgnoreCase(w);
            }
            if (all) {
                found.add(l);
            }
        }
        Xml x = new Xml(512 + found.size() * 900);
        x.raw("<Products xmlns:ns2=\"" + NS2 + "\">");
        for (Listing l : found) {
            x.open("Product");
            x.open("Identifiers").open("MarketplaceASIN").el("MarketplaceId", m.id()).el("ASIN", l.asin())
                    .close("MarketplaceASIN").close("Identifiers");
            x.open("AttributeSets");
            x.raw("<ns2:ItemAttributes xml:lang=\"" + m.languageCode().replace('_', '-') + "\">");
            x.el("ns2:Title", s.listings().title(l, m));
            x.raw("<ns2:ListPrice>");
            x.el("ns2:Amount", Money.amount(s.inventory().priceAsOf(l.index(), m, now), m.currencyDigits()));
            x.el("ns2:CurrencyCode", m.currency());
            x.raw("</ns2:ListPrice>");
            x.el("ns2:ProductGroup", "Home");
            x.raw("</ns2:ItemAttributes>");
            x.close("AttributeSets");
            x.raw("<Relationships/><SalesRankings/>");
            x.close("Product");
        }
        x.raw("</Products>");
        return new SimResponse.XmlResult(x.toString());
    }
}
