package org.apache.camel.mws.simulator.market.data;

import java.util.HashMap;
import java.util.Map;

/** A seller's generated listings, held as a small array (listings are few compared with orders). */
public final class Listings {

    private static final String[] PRODUCT_CODES = { "COF", "BTL", "LMP", "BAG", "KNF", "HPH", "KTL", "YOG", "PHC",
            "HOS", "TWL", "NTB", "PAN", "SCK", "GAM", "TEA" };
    private static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Listing[] listings;
    private final int[] afn;
    private final int[] mfn;
    private volatile Map<String, Integer> byAsin;
    /** Titles per language, built on first use (a benign race: every thread builds the same string). */
    private final String[][] titles = new String[6][];

    public Listings(long sellerKey, String sellerTag, int count, long historyStart) {
        listings = new Listing[count];
        int afnCount = 0;
        for (int i = 0; i < count; i++) {
            listings[i] = generate(sellerKey, sellerTag, i, historyStart);
            if (listings[i].afn()) {
                afnCount++;
            }
        }
        afn = new int[afnCount];
        mfn = new int[count - afnCount];
        for (int i = 0, a = 0, m = 0; i < count; i++) {
            if (listings[i].afn()) {
                afn[a++] = i;
            } else {
                mfn[m++] = i;
            }
        }
    }

    private static Listing generate(long sellerKey, String tag, int i, long historyStart) {
        long h = Mix.hash(sellerKey, i, 0x11571);
        int product = Mix.below(Mix.hash(h, 1), Texts.PRODUCTS.length);
        StringBuilder skuText = new StringBuilder(16).append(tag).append('-').append(PRODUCT_CODES[product])
                .append('-');
        String digits = Integer.toString(i);
        for (int k = digits.length(); k < 5; k++) {
            skuText.append('0');
        }
        String sku = skuText.append(digits).toString();
        long ah = Mix.hash(h, 2);
        StringBuilder asin = new StringBuilder("B0");
        StringBuilder fnsku = new StringBuilder("X00");
        for (int k = 0; k < 8; k++) {
            asin.append(ALNUM.charAt(Mix.below(Mix.hash(ah, k), 36)));
        }
        for (int k = 0; k < 7; k++) {
            fnsku.append(ALNUM.charAt(Mix.below(Mix.hash(ah, 100 + k), 36)));
        }
        boolean afn = Mix.chance(Mix.hash(h, 3), 0.4);
        long usdCents = Mix.between(Mix.hash(h, 4), 5, 250) * 100 + 99;
        int quantity = Mix.chance(Mix.hash(h, 5), 0.05) ? 0 : (int) Mix.between(Mix.hash(h, 6), 1, 500);
        long openDate = historyStart - Mix.between(Mix.hash(h, 7), 1, 400) * 86_400_000L;
        long lastChange = historyStart - Mix.between(Mix.hash(h, 8), 0, 86_400_000L);
        return new Listing(i, sku, asin.toString(), fnsku.toString(), afn, usdCents, quantity, openDate, lastChange,
                product, Mix.below(Mix.hash(h, 9), Texts.QUALITIES.length),
                Mix.below(Mix.hash(h, 10), Texts.COLOURS.length), Mix.below(Mix.hash(h, 11), Texts.SIZES.length),
                Mix.below(Mix.hash(h, 12), 4));
    }

    /** The listing's title in the marketplace's language, cached: pages and reports repeat them a lot. */
    public String title(Listing listing, Marketplace marketplace) {
        int l = Texts.languageIndex(marketplace.language());
        String[] byIndex = titles[l];
        if (byIndex == null) {
            byIndex = new String[listings.length];
            titles[l] = byIndex;
        }
        String t = byIndex[listing.index()];
        if (t == null) {
            t = listing.title(marketplace);
            byIndex[listing.index()] = t;
        }
        return t;
    }

    public int size() {
        return listings.length;
    }

    public Listing get(int index) {
        return listings[index];
    }

    /** The listing with that SellerSKU, or null. */
    public Listing bySku(String sku) {
        if (sku == null) {
            return null;
        }
        int dash = sku.lastIndexOf('-');
        if (dash < 0 || dash == sku.length() - 1) {
            return null;
        }
        int index;
        try {
            index = Integer.parseInt(sku.substring(dash + 1));
        } catch (NumberFormatException e) {
            return null;
        }
        if (index < 0 || index >= listings.length || !listings[index].sku().equals(sku)) {
            return null;
        }
        return listings[index];
    }

    /** The listing with that ASIN, or null. */
    public Listing byAsin(String asin) {
        Map<String, Integer> map = byAsin;
        if (map == null) {
            map = new HashMap<>();
            for (Listing l : listings) {
                map.putIfAbsent(l.asin(), l.index());
            }
            byAsin = map;
        }
        Integer i = asin == null ? null : map.get(asin);
        return i == null ? null : listings[i];
    }

    /** The listings of one fulfilment channel (indexes), falling back to all when the channel has none. */
    public int[] pool(boolean afnChannel) {
        int[] pool = afnChannel ? afn : mfn;
        return pool.length > 0 ? pool : (afnChannel ? mfn : afn);
    }

    public boolean hasAfn() {
        return afn.length > 0;
    }
}
