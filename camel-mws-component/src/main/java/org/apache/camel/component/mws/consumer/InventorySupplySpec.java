package org.apache.camel.component.mws.consumer;

import org.apache.camel.Message;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.model.inventory.InventorySupply;
import org.apache.camel.component.mws.model.inventory.ListInventorySupplyResult;

/**
 * FulfillmentInventory/ListInventorySupply by QueryStartDateTime: one exchange per SKU whose supply changed since the
 * checkpoint, its body the {@link InventorySupply}. The action takes no end date, so a SKU that changes while the
 * window is listed may come twice; an inventory supply is a state, so a repeat is harmless.
 */
final class InventorySupplySpec extends DateWindowSpec {

    InventorySupplySpec() {
        super("QueryStartDateTime", null, "SellerSkus");
    }

    @Override
    public void describe(Object record, ListingPage page, Message message) {
        InventorySupply supply = (InventorySupply) record;
        message.setBody(supply);
        message.setHeader(MwsConstants.SELLER_SKU, supply.getSellerSKU());
        message.setHeader(MwsConstants.MARKETPLACE_ID, ((ListInventorySupplyResult) page.result()).getMarketplaceId());
    }
}
