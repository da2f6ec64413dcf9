package org.apache.camel.mws.simulator.market.orders;

import java.time.Instant;
import java.util.List;

import org.apache.camel.mws.simulator.market.common.Params;
import org.apache.camel.mws.simulator.market.data.OrderStatus;
import org.apache.camel.mws.simulator.market.data.Seller;
import org.apache.camel.mws.simulator.market.token.TokenState;
import org.apache.camel.mws.simulator.spi.SimException;

/**
 * A validated ListOrders query, fixed at the first call: the window, the filters and the instant whose data the
 * whole listing shows ({@code asOf}), so every page of one listing comes from one snapshot.
 *
 * @param byUpdate        LastUpdatedAfter window (else CreatedAfter)
 * @param after           window start, inclusive (epoch ms)
 * @param before          window end, exclusive; echoed as CreatedBefore/LastUpdatedBefore
 * @param asOf            the snapshot instant (the first request's time)
 * @param statusMask      OrderStatus bits, 0 for all
 * @param channelMask     1 AFN, 2 MFN, 0 for both
 * @param paymentMask     1 COD, 2 CVS, 4 Other, 0 for all
 * @param marketplaceMask bits over the seller's marketplaces
 * @param buyerEmail      BuyerEmail filter or null
 * @param sellerOrderId   SellerOrderId filter or null
 * @param pageSize        MaxResultsPerPage
 */
public record OrdersQuery(boolean byUpdate, long after, long before, long asOf, int statusMask, int channelMask,
        int paymentMask, int marketplaceMask, String buyerEmail, String sellerOrderId, int pageSize) {

    static final String NEITHER = "CreatedAfter or LastUpdatedAfter must be specified";

    /** Parses and checks a ListOrders request against REFERENCE.md section 8. */
    static OrdersQuery parse(Params p, Seller seller, long now, long lag) {
        Instant createdAfter = p.date("CreatedAfter");
        Instant createdBefore = p.date("CreatedBefore");
        Instant updatedAfter = p.date("LastUpdatedAfter");
        Instant updatedBefore = p.date("LastUpdatedBefore");
        if (createdAfter != null && updatedAfter != null) {
            throw SimException.invalidParameter(
                    "CreatedAfter and LastUpdatedAfter cannot both be specified; use exactly one of them.");
        }
        if (createdAfter == null && updatedAfter == null) {
            throw SimException.invalidParameter(NEITHER);
        }
        boolean byUpdate = updatedAfter != null;
        if (byUpdate && createdBefore != null) {
            throw SimException.invalidParameter("CreatedBefore cannot be used with LastUpdatedAfter.");
        }
        if (!byUpdate && updatedBefore != null) {
            throw SimException.invalidParameter("LastUpdatedBefore cannot be used with CreatedAfter.");
        }
        String afterName = byUpdate ? "LastUpdatedAfter" : "CreatedAfter";
        String beforeName = byUpdate ? "LastUpdatedBefore" : "CreatedBefore";
        long latest = now - lag;
        long after = (byUpdate ? updatedAfter : createdAfter).toEpochMilli();
        Instant beforeGiven = byUpdate ? updatedBefore : createdBefore;
        long before;
        if (beforeGiven != null) {
            before = beforeGiven.toEpochMilli();
            if (before > latest) {
                throw SimException.invalidParameter(beforeName
                        + " must be no later than two minutes before the time the request was submitted.");
            }
            if (before <= after) {
                throw SimException.invalidParameter(beforeName + " must be later than " + afterName + ".");
            }
        } else {
            before = latest;
            if (after >= before) {
                throw SimException.invalidParameter(afterName
                        + " must be earlier than two minutes before the time the request was submitted.");
            }
        }

        int statusMask = 0;
        for (String s : p.list("OrderStatus.Status.")) {
            OrderStatus status = OrderStatus.parse(s);
            if (status == null) {
                throw SimException.invalidParameter("Invalid OrderStatus.Status value '" + s
                        + "'. Valid values: PendingAvailability, Pending, Unshipped, PartiallyShipped, Shipped,"
                        + " Canceled, Unfulfillable.");
            }
            statusMask |= status.bit();
        }
        boolean unshipped = (statusMask & OrderStatus.Unshipped.bit()) != 0;
        boolean partially = (statusMask & OrderStatus.PartiallyShipped.bit()) != 0;
        if (unshipped != partially) {
            throw SimException.invalidParameter(
                    "OrderStatus values Unshipped and PartiallyShipped must be used together.");
        }
        int channelMask = 0;
        for (String c : p.list("FulfillmentChannel.Channel.")) {
            switch (c) {
                case "AFN" -> channelMask |= 1;
                case "MFN" -> channelMask |= 2;
                default -> throw SimException.invalidParameter(
                        "Invalid FulfillmentChannel.Channel value '" + c + "'. Valid values: AFN, MFN.");
            }
        }
        int paymentMask = 0;
        for (String m : p.list("PaymentMethod.Method.")) {
            switch (m) {
                case "COD" -> paymentMask |= 1;
                case "CVS" -> paymentMask |= 2;
                case "Other" -> paymentMask |= 4;
                default -> throw SimException.invalidParameter(
                        "Invalid PaymentMethod.Method value '" + m + "'. Valid values: COD, CVS, Other.");
            }
        }
        List<String> marketplaces = p.list("MarketplaceId.Id.", 50);
        if (marketplaces.isEmpty()) {
            throw SimException.missingParameter("MarketplaceId.Id.1");
        }
        int marketplaceMask = 0;
        for (String id : marketplaces) {
            int i = Params.marketplaceIndex(seller, id);
            marketplaceMask |= 1 << i;
        }
        String buyerEmail = p.get("BuyerEmail");
        String sellerOrderId = p.get("SellerOrderId");
        if (buyerEmail != null || sellerOrderId != null) {
            String name = buyerEmail != null ? "BuyerEmail" : "SellerOrderId";
            if (buyerEmail != null && sellerOrderId != null || byUpdate || statusMask != 0 || channelMask != 0
                    || paymentMask != 0) {
                throw SimException.invalidParameter("When " + name + " is specified, FulfillmentChannel,"
                        + " OrderStatus, PaymentMethod, LastUpdatedAfter, LastUpdatedBefore and "
                        + (buyerEmail != null ? "SellerOrderId" : "BuyerEmail") + " cannot be specified.");
            }
        }
        int pageSize = p.intIn("MaxResultsPerPage", 1, 100, 100);
        return new OrdersQuery(byUpdate, after, before, now, statusMask, channelMask, paymentMask, marketplaceMask,
                buyerEmail, sellerOrderId, pageSize);
    }

    void write(TokenState.Writer w) {
        w.putInt(byUpdate ? 1 : 0).putLong(after).putLong(before).putLong(asOf).putInt(statusMask)
                .putInt(channelMask).putInt(paymentMask).putInt(marketplaceMask).putString(buyerEmail)
                .putString(sellerOrderId).putInt(pageSize);
    }

    static OrdersQuery read(TokenState.Reader r) {
        return new OrdersQuery(r.getInt() == 1, r.getLong(), r.getLong(), r.getLong(), r.getInt(), r.getInt(),
                r.getInt(), r.getInt(), r.getString(), r.getString(), r.getInt());
    }
}
