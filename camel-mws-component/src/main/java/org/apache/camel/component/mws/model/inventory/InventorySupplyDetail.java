package org.apache.camel.component.mws.model.inventory;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * A part of an SKU's supply: quantity, supply type (InStock, Inbound, Transfer) and when it can be picked.
 */
public class InventorySupplyDetail {

    @XmlElement(name = "Quantity")
    private Integer quantity;

    @XmlElement(name = "SupplyType")
    private String supplyType;

    @XmlElement(name = "EarliestAvailableToPick")
    private Timepoint earliestAvailableToPick;

    @XmlElement(name = "LatestAvailableToPick")
    private Timepoint latestAvailableToPick;

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getSupplyType() {
        return supplyType;
    }

    public void setSupplyType(String supplyType) {
        this.supplyType = supplyType;
    }

    public Timepoint getEarliestAvailableToPick() {
        return earliestAvailableToPick;
    }

    public void setEarliestAvailableToPick(Timepoint earliestAvailableToPick) {
        this.earliestAvailableToPick = earliestAvailableToPick;
    }

    public Timepoint getLatestAvailableToPick() {
        return latestAvailableToPick;
    }

    public void setLatestAvailableToPick(Timepoint latestAvailableToPick) {
        this.latestAvailableToPick = latestAvailableToPick;
    }

    @Override
    public String toString() {
        return "InventorySupplyDetail["
               + "SupplyType=" + supplyType
               + ", Quantity=" + quantity
               + ", EarliestAvailableToPick=" + earliestAvailableToPick + "]";
    }
}
