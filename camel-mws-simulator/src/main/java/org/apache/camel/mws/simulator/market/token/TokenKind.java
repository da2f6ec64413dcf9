package org.apache.camel.mws.simulator.market.token;

/** The listing a NextToken continues; a token is only accepted by the listing that made it. */
public enum TokenKind {
    LIST_ORDERS,
    LIST_ORDER_ITEMS,
    REPORT_REQUEST_LIST,
    REPORT_LIST,
    REPORT_SCHEDULE_LIST,
    FEED_SUBMISSION_LIST,
    INVENTORY_SUPPLY,
    FINANCIAL_EVENT_GROUPS,
    FINANCIAL_EVENTS,
    MARKETPLACE_PARTICIPATIONS
}
