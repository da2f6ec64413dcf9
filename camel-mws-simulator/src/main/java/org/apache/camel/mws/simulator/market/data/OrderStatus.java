package org.apache.camel.mws.simulator.market.data;

/** MWS order statuses; {@link #bit()} lets a query carry a set of statuses as an int mask. */
public enum OrderStatus {
    PendingAvailability,
    Pending,
    Unshipped,
    PartiallyShipped,
    Shipped,
    Canceled,
    Unfulfillable;

    private static final OrderStatus[] VALUES = values();

    public int bit() {
        return 1 << ordinal();
    }

    public static OrderStatus ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    /** The status named so (case-sensitive, as MWS), or null. */
    public static OrderStatus parse(String name) {
        for (OrderStatus s : VALUES) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** Before payment: buyer, address and totals are not disclosed. */
    public boolean hidesBuyer() {
        return this == Pending || this == PendingAvailability;
    }
}
