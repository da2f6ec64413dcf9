package org.apache.camel.component.mws.model.inventory;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import org.apache.camel.component.mws.model.ListingResult;

/**
 * The result of ListInventorySupply and ListInventorySupplyByNextToken (NT paging).
 */
public class ListInventorySupplyResult extends ListingResult<InventorySupply> {

    @XmlElement(name = "MarketplaceId")
    private String marketplaceId;

    @XmlElementWrapper(name = "InventorySupplyList")
    @XmlElement(name = "member")
    private List<InventorySupply> inventorySupplyList;

    public String getMarketplaceId() {
        return marketplaceId;
    }

    public void setMarketplaceId(String marketplaceId) {
        this.marketplaceId = marketplaceId;
    }

    /**
     * @return the member elements of InventorySupplyList, a live list (never null)
     */
    public List<InventorySupply> getInventorySupplyList() {
        if (inventorySupplyList == null) {
            inventorySupplyList = new ArrayList<>();
        }
        return inventorySupplyList;
    }

    @Override
    public List<InventorySupply> records() {
        return getInventorySupplyList();
    }

    @Override
    public String toString() {
        return "ListInventorySupplyResult["
               + "MarketplaceId=" + marketplaceId
               + ", " + pagingToString() + "]";
    }
}
