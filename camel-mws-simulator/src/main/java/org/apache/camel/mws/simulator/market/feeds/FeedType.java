package org.apache.camel.mws.simulator.market.feeds;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The feed types SubmitFeed accepts: XML (an AmazonEnvelope) or flat files, and what each one changes. */
enum FeedType {
    PRODUCT("_POST_PRODUCT_DATA_", "Product"),
    INVENTORY("_POST_INVENTORY_AVAILABILITY_DATA_", "Inventory"),
    PRICING("_POST_PRODUCT_PRICING_DATA_", "Price"),
    ORDER_ACKNOWLEDGEMENT("_POST_ORDER_ACKNOWLEDGEMENT_DATA_", "OrderAcknowledgement"),
    ORDER_FULFILLMENT("_POST_ORDER_FULFILLMENT_DATA_", "OrderFulfillment"),
    PRODUCT_RELATIONSHIP("_POST_PRODUCT_RELATIONSHIP_DATA_", "Relationship"),
    PRODUCT_IMAGE("_POST_PRODUCT_IMAGE_DATA_", "ProductImage"),
    PRODUCT_OVERRIDES("_POST_PRODUCT_OVERRIDES_DATA_", "Override"),
    FLAT_INVLOADER("_POST_FLAT_FILE_INVLOADER_DATA_", null),
    FLAT_PRICE_AND_QUANTITY("_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_", null),
    FLAT_FULFILLMENT("_POST_FLAT_FILE_FULFILLMENT_DATA_", null),
    FLAT_LISTINGS("_POST_FLAT_FILE_LISTINGS_DATA_", null);

    private static final Map<String, FeedType> BY_NAME = Stream.of(values())
            .collect(Collectors.toUnmodifiableMap(FeedType::type, t -> t));

    private final String type;
    private final String messageType;

    FeedType(String type, String messageType) {
        this.type = type;
        this.messageType = messageType;
    }

    String type() {
        return type;
    }

    /** The AmazonEnvelope MessageType an XML feed of this type carries; null for flat files. */
    String messageType() {
        return messageType;
    }

    boolean flat() {
        return messageType == null;
    }

    static FeedType of(String type) {
        return BY_NAME.get(type);
    }
}
