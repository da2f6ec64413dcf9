package org.apache.camel.mws.simulator.market.data;

/**
 * One of a seller's listings (an offer of a product under a SellerSKU). Immutable generated facts; quantity and
 * price changes made by feeds live in {@link Inventory}.
 *
 * @param index         position in the seller's listings
 * @param sku           SellerSKU
 * @param asin          ASIN of the product
 * @param fnsku         Amazon's fulfilment network SKU
 * @param afn           fulfilled by Amazon (AFN) rather than by the merchant (MFN)
 * @param usdCents      generated price in US cents (converted into each marketplace's currency)
 * @param baseQuantity  generated quantity before any feed
 * @param openDate      when the listing was opened (epoch ms)
 * @param lastChange    when its supply last changed before any feed (epoch ms)
 * @param product       index into the product words
 * @param quality       index into the quality words
 * @param colour        index into the colour words
 * @param size          index into the sizes
 * @param brand         index into the brand names
 */
public record Listing(int index, String sku, String asin, String fnsku, boolean afn, long usdCents, int baseQuantity,
        long openDate, long lastChange, int product, int quality, int colour, int size, int brand) {

    /** The product title in the marketplace's language. */
    public String title(Marketplace marketplace) {
        int l = Texts.languageIndex(marketplace.language());
        String brandName = Texts.BRANDS[l][brand];
        String productName = Texts.PRODUCTS[product][l];
        String qualityName = Texts.QUALITIES[quality][l];
        String colourName = Texts.COLOURS[colour][l];
        String sizeName = Texts.SIZES[size];
        return switch (l) {
            case 0 -> brandName + " " + qualityName + " " + productName + ", " + colourName + ", Size " + sizeName;
            case 5 -> brandName + " " + qualityName + productName + " " + colourName + " " + Texts.SIZE_WORD[5]
                    + sizeName;
            default -> brandName + " " + productName + " " + qualityName + " – " + colourName + ", "
                    + Texts.SIZE_WORD[l] + " " + sizeName;
        };
    }

    public String fulfillmentChannel() {
        return afn ? "AFN" : "MFN";
    }
}
