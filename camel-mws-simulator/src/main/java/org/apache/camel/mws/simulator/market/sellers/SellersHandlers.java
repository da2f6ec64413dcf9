package org.apache.camel.mws.simulator.market.sellers;

import java.util.List;

import org.apache.camel.mws.simulator.market.common.MarketContext;
import org.apache.camel.mws.simulator.market.common.Params;
import org.apache.camel.mws.simulator.market.data.Marketplace;
import org.apache.camel.mws.simulator.market.data.Seller;
import org.apache.camel.mws.simulator.market.token.TokenKind;
import org.apache.camel.mws.simulator.market.token.TokenState;
import org.apache.camel.mws.simulator.market.xml.Xml;
import org.apache.camel.mws.simulator.spi.HandlerRegistry;
import org.apache.camel.mws.simulator.spi.SimRequest;
import org.apache.camel.mws.simulator.spi.SimResponse;

/** The Sellers section: ListMarketplaceParticipations and its ByNextToken twin. */
public final class SellersHandlers {

    /** Participations per page; sellers have a handful, so a NextToken only appears for very wide sellers. */
    static final int PAGE = 20;

    private final MarketContext ctx;

    public SellersHandlers(MarketContext ctx) {
        this.ctx = ctx;
    }

    public void register(HandlerRegistry registry) {
        registry.register("Sellers", "ListMarketplaceParticipations", this::list);
        registry.register("Sellers", "ListMarketplaceParticipationsByNextToken", this::listByNextToken);
    }

    SimResponse list(SimRequest request) {
        Seller seller = ctx.seller(request);
        return page(seller, 0, MarketContext.now(request));
    }

    SimResponse listByNextToken(SimRequest request) {
        Seller seller = ctx.seller(request);
        long now = MarketContext.now(request);
        String token = new Params(request.params()).required("NextToken");
        int start = new TokenState.Reader(ctx.tokens().decode(seller.sellerId(),
                TokenKind.MARKETPLACE_PARTICIPATIONS, token, now)).getInt();
        return page(seller, start, now);
    }

    private SimResponse page(Seller seller, int start, long now) {
        List<Marketplace> all = seller.marketplaces();
        int stop = Math.min(all.size(), start + PAGE);
        Xml x = new Xml(1024);
        if (stop < all.size()) {
            x.el("NextToken", ctx.tokens().encode(seller.sellerId(), TokenKind.MARKETPLACE_PARTICIPATIONS,
                    new TokenState.Writer().putInt(stop).toBytes(), ctx.tokenExpiry(now)));
        }
        x.open("ListParticipations");
        for (int i = start; i < stop; i++) {
            x.open("Participation").el("MarketplaceId", all.get(i).id()).el("SellerId", seller.sellerId())
                    .el("HasSellerSuspendedListings", "No").close("Participation");
        }
        x.close("ListParticipations");
        x.open("ListMarketplaces");
        for (int i = start; i < stop; i++) {
            Marketplace m = all.get(i);
            x.open("Marketplace").el("MarketplaceId", m.id()).el("DefaultCountryCode", m.countryCode())
                    .el("DomainName", "www." + m.domain().toLowerCase()).el("Name", m.domain())
                    .el("DefaultCurrencyCode", m.currency()).el("DefaultLanguageCode", m.languageCode())
                    .close("Marketplace");
        }
        x.close("ListMarketplaces");
        return new SimResponse.XmlResult(x.toString());
    }
}
