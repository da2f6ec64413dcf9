package org.apache.camel.mws.simulator.market.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.camel.mws.simulator.market.common.HasNextPage;
import org.apache.camel.mws.simulator.market.common.MarketContext;
import org.apache.camel.mws.simulator.market.common.Params;
import org.apache.camel.mws.simulator.market.data.Marketplace;
import org.apache.camel.mws.simulator.market.data.Seller;
import org.apache.camel.mws.simulator.market.token.TokenKind;
import org.apache.camel.mws.simulator.market.token.TokenState;
import org.apache.camel.mws.simulator.market.xml.Xml;
import org.apache.camel.mws.simulator.spi.HandlerRegistry;
import org.apache.camel.mws.simulator.spi.SimException;
import org.apache.camel.mws.simulator.spi.SimRequest;
import org.apache.camel.mws.simulator.spi.SimResponse;

/** The Feeds section: SubmitFeed, submission lists, counts, cancellation and processing results. */
public final class FeedsHandlers {

    static final Set<String> STATUSES = Set.of("_AWAITING_ASYNCHRONOUS_REPLY_", "_CANCELLED_", "_DONE_",
            "_IN_PROGRESS_", "_IN_SAFETY_NET_", "_SUBMITTED_", "_UNCONFIRMED_");
    private static final long NINETY_DAYS = 90L * 86_400_000L;

    private final MarketContext ctx;
    private final Feeds feeds;

    public FeedsHandlers(MarketContext ctx, Feeds feeds) {
        this.ctx = ctx;
        this.feeds = feeds;
    }

    public void register(HandlerRegistry registry) {
        registry.register("Feeds", "SubmitFeed", this::submitFeed);
        registry.register("Feeds", "GetFeedSubmissionList", this::getFeedSubmissionList);
        registry.register("Feeds", "GetFeedSubmissionListByNextToken", this::getFeedSubmissionListByNextToken);
        registry.register("Feeds", "GetFeedSubmissionCount", this::getFeedSubmissionCount);
        registry.register("Feeds", "CancelFeedSubmissions", this::cancelFeedSubmissions);
        registry.register("Feeds", "GetFeedSubmissionResult", this::getFeedSubmissionResult);
    }

    // ------------------------------------------------------------------------------------------ SubmitFeed

    SimResponse submitFeed(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        Params p = new Params(request.params());
        String typeName = p.required("FeedType");
        FeedType type = FeedType.of(typeName);
        if (type == null) {
            throw new SimException(400, "Sender", "InvalidFeedType", "Invalid FeedType " + typeName + ".");
        }
        List<Marketplace> marketplaces = p.marketplaces("MarketplaceIdList.Id.", s);
        Boolean purge = p.bool("PurgeAndReplace");
        String expected = p.get("ContentMD5Value");
        if (expected == null) {
            throw new SimException(400, "Sender", "ContentMD5Missing",
                    "The Content-MD5 HTTP header you passed for your feed was null or empty.");
        }
        if (request.feedBody() == null) {
            throw SimException.invalidParameter("The feed body is empty.");
        }
        try {
            long size = Files.size(request.feedBody());
            if (size == 0) {
                throw SimException.invalidParameter("The feed body is empty.");
            }
            if (size > ctx.settings().maxFeedBytes()) {
                throw new SimException(400, "Sender", "InvalidRequest", "The feed of " + size
                        + " bytes exceeds the limit of " + ctx.settings().maxFeedBytes() + " bytes.");
            }
            String actual = Feeds.md5(request.feedBody());
            if (!actual.equals(expected.trim())) {
                throw new SimException(400, "Sender", "ContentMD5DoesNotMatch",
                        "The Content-MD5 HTTP header you passed for your feed (" + expected
                                + ") did not match the Content-MD5 we calculated for your feed (" + actual + ").");
            }
            Marketplace m = marketplaces.isEmpty() ? s.home() : marketplaces.get(0);
            FeedSubmission f = feeds.submit(s, type, now, flatCharset(request.contentType(), m),
                    Boolean.TRUE.equals(purge), request.feedBody());
            Xml x = new Xml(512);
            info(x, f, now);
            return new SimResponse.XmlResult(x.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spooled feed", e);
        }
    }

    /** The charset of a flat-file feed: the Content-Type's, else the marketplace's (Shift_JIS family for JP). */
    static Charset flatCharset(String contentType, Marketplace m) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String t = part.trim();
                if (t.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    String name = t.substring(8).trim().replace("\"", "");
                    try {
                        Charset c = Charset.forName(name);
                        // iso-8859-1 was the documented name for what Amazon read as windows-1252
                        return "ISO-8859-1".equals(c.name()) ? Charset.forName("windows-1252")
                                : "Shift_JIS".equals(c.name()) ? Charset.forName("windows-31j") : c;
                    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                        throw SimException.invalidParameter("The feed's Content-Type names an unknown charset "
                                + name + ".");
                    }
                }
            }
        }
        return m.reportCharset();
    }

    private static void info(Xml x, FeedSubmission f, long t) {
        String status = f.status(t);
        x.open("FeedSubmissionInfo");
        x.el("FeedSubmissionId", Long.toString(f.id));
        x.el("FeedType", f.type.type());
        x.dateOffset("SubmittedDate", f.submitted);
        x.el("FeedProcessingStatus", status);
        if (!"_SUBMITTED_".equals(status) && !("_CANCELLED_".equals(status) && f.cancelledAt() < f.started)) {
            x.dateOffset("StartedProcessingDate", f.started);
        }
        if ("_DONE_".equals(status)) {
            x.dateOffset("CompletedProcessingDate", f.completed);
        }
        x.close("FeedSubmissionInfo");
    }

    // ------------------------------------------------------------------------------------------ lists

    /** The filters of the submission listings. */
    record Filter(List<Long> ids, List<String> types, List<String> statuses, long from, long to, int max) {

        static Filter parse(Params p, long now, boolean withMax) {
            List<Long> ids = new ArrayList<>();
            for (String v : p.list("FeedSubmissionIdList.Id.", 100)) {
                try {
                    ids.add(Long.parseLong(v.trim()));
                } catch (NumberFormatException e) {
                    throw SimException.invalidParameter("Invalid FeedSubmissionId '" + v + "': not a number.");
                }
            }
            List<String> types = p.list("FeedTypeList.Type.", 100);
            List<String> statuses = p.list("FeedProcessingStatusList.Status.", 100);
            for (String st : statuses) {
                if (!STATUSES.contains(st)) {
                    throw SimException.invalidParameter("Invalid FeedProcessingStatusList value '" + st + "'.");
                }
            }
            Instant fromDate = p.date("SubmittedFromDate");
            Instant toDate = p.date("SubmittedToDate");
            long from = fromDate == null ? now - NINETY_DAYS : fromDate.toEpochMilli();
            long to = toDate == null ? now : toDate.toEpochMilli();
            if (to < from) {
                throw SimException.invalidParameter("SubmittedToDate must not be earlier than SubmittedFromDate.");
            }
            return new Filter(ids, types, statuses, from, to, withMax ? p.intIn("MaxCount", 1, 100, 10)
                    : Integer.MAX_VALUE);
        }

        boolean matches(FeedSubmission f, long t) {
            if (f.submitted > t) {
                return false;
            }
            if (!ids.isEmpty()) {
                return ids.contains(f.id);
            }
            return (types.isEmpty() || types.contains(f.type.type()))
                    && (statuses.isEmpty() || statuses.contains(f.status(t)))
                    && f.submitted >= from && f.submitted <= to;
        }

        void write(TokenState.Writer w) {
            w.putInt(ids.size());
            ids.forEach(w::putLong);
            w.putInt(types.size());
            types.forEach(w::putString);
            w.putInt(statuses.size());
            statuses.forEach(w::putString);
            w.putLong(from).putLong(to).putInt(max);
        }

        static Filter read(TokenState.Reader r) {
            List<Long> ids = new ArrayList<>();
            for (int i = r.getInt(); i > 0; i--) {
                ids.add(r.getLong());
            }
            List<String> types = new ArrayList<>();
            for (int i = r.getInt(); i > 0; i--) {
                types.add(r.getString());
            }
            List<String> statuses = new ArrayList<>();
            for (int i = r.getInt(); i > 0; i--) {
                statuses.add(r.getString());
            }
            return new Filter(ids, types, statuses, r.getLong(), r.getLong(), r.getInt());
        }
    }

    SimResponse getFeedSubmissionList(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        return page(s, Filter.parse(new Params(request.params()), now, true), now, Long.MAX_VALUE, Long.MAX_VALUE,
                now);
    }

    SimResponse getFeedSubmissionListByNextToken(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        TokenState.Reader r = new TokenState.Reader(ctx.tokens().decode(s.sellerId(), TokenKind.FEED_SUBMISSION_LIST,
                new Params(request.params()).required("NextToken"), now));
        Filter f = Filter.read(r);
        long asOf = r.getLong();
        return page(s, f, asOf, r.getLong(), r.getLong(), now);
    }

    /** A page of submissions made before the cursor (newest first), as they were at {@code asOf}. */
    private SimResponse page(Seller s, Filter filter, long asOf, long afterSubmitted, long afterId, long now) {
        HasNextPage<FeedSubmission> page = HasNextPage.of(feeds.newestFirst(s), f -> f.submitted, f -> f.id,
                afterSubmitted, afterId, f -> filter.matches(f, asOf), filter.max());
        Xml x = new Xml(256 + page.items().size() * 400);
        page.writeHead(x, ctx, s.sellerId(), TokenKind.FEED_SUBMISSION_LIST, filter::write, asOf, now,
                f -> f.submitted, f -> f.id);
        for (FeedSubmission f : page.items()) {
            info(x, f, asOf);
        }
        return new SimResponse.XmlResult(x.toString());
    }

    SimResponse getFeedSubmissionCount(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        Filter f = Filter.parse(new Params(request.params()), now, false);
        long n = feeds.newestFirst(s).stream().filter(x -> f.matches(x, now)).count();
        return new SimResponse.XmlResult(new Xml(64).el("Count", n).toString());
    }

    SimResponse cancelFeedSubmissions(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        Filter filter = Filter.parse(new Params(request.params()), now, false);
        List<FeedSubmission> cancelled = new ArrayList<>();
        for (FeedSubmission f : feeds.newestFirst(s)) {
            if (filter.matches(f, now) && f.cancel(now)) {
                feeds.cancelled(f);
                cancelled.add(f);
            }
        }
        Xml x = new Xml(128 + cancelled.size() * 400);
        x.el("Count", cancelled.size());
        for (FeedSubmission f : cancelled) {
            info(x, f, now);
        }
        return new SimResponse.XmlResult(x.toString());
    }

    // ------------------------------------------------------------------------------------------ results

    SimResponse getFeedSubmissionResult(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        String id = new Params(request.params()).required("FeedSubmissionId");
        FeedSubmission f;
        try {
            f = feeds.byId(s, Long.parseLong(id.trim()));
        } catch (NumberFormatException e) {
            f = null;
        }
        if (f == null || f.submitted > now) {
            throw new SimException(400, "Sender", "InvalidFeedSubmissionId",
                    "The FeedSubmissionId " + id + " is invalid.");
        }
        String status = f.status(now);
        if ("_CANCELLED_".equals(status)) {
            throw new SimException(400, "Sender", "InvalidFeedSubmissionId",
                    "The feed submission " + id + " was cancelled; it has no processing report.");
        }
        if (!"_DONE_".equals(status) || f.report() == null) {
            throw new SimException(400, "Sender", "FeedProcessingResultNotReady",
                    "The processing report of feed submission " + id + " is not ready; its status is " + status
                            + ".");
        }
        ProcessingReport r = f.report();
        byte[] body = r.body();
        return new SimResponse.RawBody(r.contentType(), body.length, r.md5(), out -> out.write(body));
    }
}
