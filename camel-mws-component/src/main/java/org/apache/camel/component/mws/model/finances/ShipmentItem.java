package org.apache.camel.component.mws.model.finances;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import org.apache.camel.component.mws.model.common.Money;

/**
 * An item of a shipment, refund, guarantee claim or chargeback event, with its charges, fees, taxes withheld and
 * promotions.
 */
public class ShipmentItem {

    @XmlElement(name = "SellerSKU")
    private String sellerSKU;

    @XmlElement(name = "OrderItemId")
    private String orderItemId;

    @XmlElement(name = "OrderAdjustmentItemId")
    private String orderAdjustmentItemId;

    @XmlElement(name = "QuantityShipped")
    private Integer quantityShipped;

    @XmlElementWrapper(name = "ItemChargeList")
    @XmlElement(name = "ChargeComponent")
    private List<ChargeComponent> itemChargeList;

    @XmlElementWrapper(name = "ItemChargeAdjustmentList")
    @XmlElement(name = "ChargeComponent")
    private List<ChargeComponent> itemChargeAdjustmentList;

    @XmlElementWrapper(name = "ItemFeeList")
    @XmlElement(name = "FeeComponent")
    private List<FeeComponent> itemFeeList;

    @XmlElementWrapper(name = "ItemFeeAdjustmentList")
    @XmlElement(name = "FeeComponent")
    private List<FeeComponent> itemFeeAdjustmentList;

    @XmlElementWrapper(name = "ItemTaxWithheldList")
    @XmlElement(name = "TaxWithheldComponent")
    private List<TaxWithheldComponent> itemTaxWithheldList;

    @XmlElementWrapper(name = "PromotionList")
    @XmlElement(name = "Promotion")
    private List<Promotion> promotionList;

    @XmlElementWrapper(name = "PromotionAdjustmentList")
    @XmlElement(name = "Promotion")
    private List<Promotion> promotionAdjustmentList;

    @XmlElement(name = "CostOfPointsGranted")
    private Money costOfPointsGranted;

    @XmlElement(name = "CostOfPointsReturned")
    private Money costOfPointsReturned;

    public String getSellerSKU() {
        return sellerSKU;
    }

    public void setSellerSKU(String sellerSKU) {
        this.sellerSKU = sellerSKU;
    }

    public String getOrderItemId() {
        return orderItemId;
    }

    public void setOrderItemId(String orderItemId) {
        this.orderItemId = orderItemId;
    }

    public String getOrderAdjustmentItemId() {
        return orderAdjustmentItemId;
    }

    public void setOrderAdjustmentItemId(String orderAdjustmentItemId) {
        this.orderAdjustmentItemId = orderAdjustmentItemId;
    }

    public Integer getQuantityShipped() {
        return quantityShipped;
    }

    public void setQuantityShipped(Integer quantityShipped) {
        this.quantityShipped = quantityShipped;
    }

    /**
     * @return the ChargeComponent elements of ItemChargeList, a live list (never null)
     */
    public List<ChargeComponent> getItemChargeList() {
        if (itemChargeList == null) {
            itemChargeList = new ArrayList<>();
        }
        return itemChargeList;
    }

    /**
     * @return the ChargeComponent elements of ItemChargeAdjustmentList, a live list (never null)
     */
    public List<ChargeComponent> getItemChargeAdjustmentList() {
        if (itemChargeAdjustmentList == null) {
            itemChargeAdjustmentList = new ArrayList<>();
        }
        return itemChargeAdjustmentList;
    }

    /**
     * @return the FeeComponent elements of ItemFeeList, a live list (never null)
     */
    public List<FeeComponent> getItemFeeList() {
        if (itemFeeList == null) {
            itemFeeList = new ArrayList<>();
        }
        return itemFeeList;
    }

    /**
     * @return the FeeComponent elements of ItemFeeAdjustmentList, a live list (never null)
     */
    public List<FeeComponent> getItemFeeAdjustmentList() {
        if (itemFeeAdjustmentList == null) {
            itemFeeAdjustmentList = new ArrayList<>();
        }
        return itemFeeAdjustmentList;
    }

    /**
     * @return the TaxWithheldComponent elements of ItemTaxWithheldList, a live list (never null)
     */
    public List<TaxWithheldComponent> getItemTaxWithheldList() {
        if (itemTaxWithheldList == null) {
            itemTaxWithheldList = new ArrayList<>();
        }
        return itemTaxWithheldList;
    }

    /**
     * @return the Promotion elements of PromotionList, a live list (never null)
     */
    public List<Promotion> getPromotionList() {
        if (promotionList == null) {
            promotionList = new ArrayList<>();
        }
        return promotionList;
    }

    /**
     * @return the Promotion elements of PromotionAdjustmentList, a live list (never null)
     */
    public List<Promotion> getPromotionAdjustmentList() {
        if (promotionAdjustmentList == null) {
            promotionAdjustmentList = new ArrayList<>();
        }
        return promotionAdjustmentList;
    }

    public Money getCostOfPointsGranted() {
        return costOfPointsGranted;
    }

    public void setCostOfPointsGranted(Money costOfPointsGranted) {
        this.costOfPointsGranted = costOfPointsGranted;
    }

    public Money getCostOfPointsReturned() {
        return costOfPointsReturned;
    }

    public void setCostOfPointsReturned(Money costOfPointsReturned) {
        this.costOfPointsReturned = costOfPointsReturned;
    }

    @Override
    public String toString() {
        return "ShipmentItem["
               + "SellerSKU=" + sellerSKU
               + ", OrderItemId=" + orderItemId
               + ", OrderAdjustmentItemId=" + orderAdjustmentItemId
               + ", QuantityShipped=" + quantityShipped + "]";
    }
}
