-- The orders database of the MWS examples: created at start when missing. Works on H2 and PostgreSQL (15 or later).
-- Money is stored as MWS sends it (amount and currency); dates are UTC instants.

-- One row per order, the version with the newest LastUpdateDate seen.
CREATE TABLE IF NOT EXISTS orders (
    amazon_order_id           VARCHAR(32)  NOT NULL PRIMARY KEY,
    seller_id                 VARCHAR(32)  NOT NULL,
    marketplace_id            VARCHAR(20),
    order_status              VARCHAR(32)  NOT NULL,
    purchase_date             TIMESTAMP WITH TIME ZONE,
    last_update_date          TIMESTAMP WITH TIME ZONE NOT NULL,
    fulfillment_channel       VARCHAR(8),
    order_type                VARCHAR(32),
    payment_method            VARCHAR(16),
    order_total_amount        NUMERIC(14, 2),
    order_total_currency      VARCHAR(3),
    number_of_items_shipped   INTEGER,
    number_of_items_unshipped INTEGER,
    buyer_name                VARCHAR(200),
    buyer_email               VARCHAR(200),
    ship_city                 VARCHAR(200),
    ship_postal_code          VARCHAR(20),
    ship_country_code         VARCHAR(2),
    synced_at                 TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX IF NOT EXISTS orders_by_seller ON orders (seller_id, last_update_date);

-- One row per order item, as of the order's LastUpdateDate in last_update_date.
CREATE TABLE IF NOT EXISTS order_items (
    amazon_order_id           VARCHAR(32)  NOT NULL,
    order_item_id             VARCHAR(32)  NOT NULL,
    seller_id                 VARCHAR(32)  NOT NULL,
    seller_sku                VARCHAR(64),
    asin                      VARCHAR(16),
    title                     VARCHAR(500),
    quantity_ordered          INTEGER,
    quantity_shipped          INTEGER,
    item_price_amount         NUMERIC(14, 2),
    item_tax_amount           NUMERIC(14, 2),
    shipping_price_amount     NUMERIC(14, 2),
    promotion_discount_amount NUMERIC(14, 2),
    currency                  VARCHAR(3),
    last_update_date          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (amazon_order_id, order_item_id)
);


-- The checkpoints of the order sync (where each seller's next window starts) are in CAMEL_MWS_STATE, created by the
-- mws component's JdbcStateRepository.
