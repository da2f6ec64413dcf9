package org.apache.camel.mws.examples.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Makes sample inventory updates for the simulated sellers, in turn: three of the seller's SKUs with new quantities,
 * as CSV or as an XML inventory feed (alternately), and now and then one SKU the seller does not have, so the
 * processing report shows what an error looks like.
 */
public final class InventorySamples {

    /** The SKU of the deliberately wrong row. */
    public static final String UNKNOWN_SKU = "NO-SUCH-SKU";

    private final List<String> sellerIds;
    private final Function<String, List<String>> skusOfSeller;
    private final SplittableRandom random = new SplittableRandom(7);
    private int count;

    /**
     * @param sellerIds    the sellers, served in turn
     * @param skusOfSeller the SKUs a seller has
     */
    public InventorySamples(List<String> sellerIds, Function<String, List<String>> skusOfSeller) {
        this.sellerIds = List.copyOf(sellerIds);
        this.skusOfSeller = skusOfSeller;
    }

    /** Sets the next sample as the body (and the {@code sellerId} header). */
    public synchronized void next(Exchange exchange) {
        int n = count++;
        String sellerId = sellerIds.get(n % sellerIds.size());
        List<String> skus = skusOfSeller.apply(sellerId);
        List<Map.Entry<String, Integer>> rows = new ArrayList<>();
        for (int i = 0; i < 3 && !skus.isEmpty(); i++) {
            rows.add(Map.entry(skus.get(random.nextInt(skus.size())), random.nextInt(0, 60)));
        }
        if (n % 4 == 3) {
            rows.add(Map.entry(UNKNOWN_SKU, 1));
        }
        boolean csv = n % 2 == 0;
        Message out = exchange.getMessage();
        out.setHeader("sellerId", sellerId);
        out.setBody(csv ? csv(rows) : xml(sellerId, rows));
    }

    private static String csv(List<Map.Entry<String, Integer>> rows) {
        StringBuilder sb = new StringBuilder("sku,quantity,fulfillment-latency\n");
        for (Map.Entry<String, Integer> r : rows) {
            sb.append(r.getKey()).append(',').append(r.getValue()).append(",2\n");
        }
        return sb.toString();
    }

    private static String xml(String sellerId, List<Map.Entry<String, Integer>> rows) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AmazonEnvelope>\n"
                                             + "  <Header><DocumentVersion>1.01</DocumentVersion><MerchantIdentifier>")
                .append(sellerId).append("</MerchantIdentifier></Header>\n  <MessageType>Inventory</MessageType>\n");
        int id = 1;
        for (Map.Entry<String, Integer> r : rows) {
            sb.append("  <Message><MessageID>").append(id++).append("</MessageID><OperationType>Update</OperationType>")
                    .append("<Inventory><SKU>").append(r.getKey()).append("</SKU><Quantity>").append(r.getValue())
                    .append("</Quantity></Inventory></Message>\n");
        }
        return sb.append("</AmazonEnvelope>\n").toString();
    }
}
