package org.apache.camel.mws.simulator.market.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import org.apache.camel.mws.simulator.market.token.TokenKind;
import org.apache.camel.mws.simulator.market.token.TokenState;
import org.apache.camel.mws.simulator.market.xml.Xml;

/**
 * One page of an HN-style listing (the Reports and Feeds lists): items newest first, continuing after a
 * (date, id) cursor so that items added or changed meanwhile never shift the pages of a listing.
 *
 * @param items the page
 * @param more  whether matching items remain (HasNext)
 */
public record HasNextPage<T>(List<T> items, boolean more) {

    /**
     * Takes up to {@code max} matching items that come after the cursor in {@code newestFirst} (ordered by date,
     * then id, both descending).
     */
    public static <T> HasNextPage<T> of(List<T> newestFirst, ToLongFunction<T> date, ToLongFunction<T> id,
            long afterDate, long afterId, Predicate<T> matches, int max) {
        List<T> page = new ArrayList<>();
        for (T item : newestFirst) {
            long d = date.applyAsLong(item);
            if (d > afterDate || d == afterDate && id.applyAsLong(item) >= afterId || !matches.test(item)) {
                continue;
            }
            if (page.size() == max) {
                return new HasNextPage<>(page, true);
            }
            page.add(item);
        }
        return new HasNextPage<>(page, false);
    }

    /**
     * Writes {@code NextToken} (when more remain: the listing state, the snapshot instant and the last item's
     * cursor) and {@code HasNext}.
     */
    public void writeHead(Xml x, MarketContext ctx, String sellerId, TokenKind kind,
            Consumer<TokenState.Writer> listingState, long asOf, long now, ToLongFunction<T> date,
            ToLongFunction<T> id) {
        if (more) {
            T last = items.get(items.size() - 1);
            TokenState.Writer w = new TokenState.Writer();
            listingState.accept(w);
            w.putLong(asOf).putLong(date.applyAsLong(last)).putLong(id.applyAsLong(last));
            x.el("NextToken", ctx.tokens().encode(sellerId, kind, w.toBytes(), ctx.tokenExpiry(now)));
        }
        x.el("HasNext", more);
    }
}
