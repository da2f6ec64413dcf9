package org.apache.camel.component.mws.model.finances;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

/**
 * A shipment event; refund, guarantee claim and chargeback events have the same shape (their items are in
 * ShipmentItemAdjustmentList).
 */
public class ShipmentEvent {

    @XmlElement(name = "AmazonOrderId")
    private String amazonOrderId;

    @XmlElement(name = "SellerOrderId")
    private String sellerOrderId;

    @XmlElement(name = "MarketplaceName")
    private String marketplaceName;

    @XmlElement(name = "PostedDate")
    private Instant postedDate;

    @XmlElementWrapper(name = "OrderChargeList")
    @XmlElement(name = "ChargeComponent")
    private List<ChargeComponent> orderChargeList;

    @XmlElementWrapper(name = "OrderChargeAdjustmentList")
    @XmlElement(name = "ChargeComponent")
    private List<ChargeComponent> orderChargeAdjustmentList;

    @XmlElementWrapper(name = "ShipmentFeeList")
    @XmlElement(name = "FeeComponent")
    private List<FeeComponent> shipmentFeeList;

    @XmlElementWrapper(name = "ShipmentFeeAdjustmentList")
    @XmlElement(name = "FeeComponent")
    private List<FeeComponent> shipmentFeeAdjustmentList;

    @XmlElementWrapper(name = "OrderFeeList")
    @XmlElement(name = "FeeComponent")
    private List<FeeComponent> orderFeeList;

    @XmlElementWrapper(name = "OrderFeeAdjustmentList")
    @XmlElement(name = "FeeComponent")
    private List<FeeComponent> orderFeeAdjustmentList;

    @XmlElementWrapper(name = "DirectPaymentList")
    @XmlElement(name = "DirectPayment")
    private List<DirectPayment> directPaymentList;

    @XmlElementWrapper(name = "ShipmentItemList")
    @XmlElement(name = "ShipmentItem")
    private List<ShipmentItem> shipmentItemList;

    @XmlElementWrapper(name = "ShipmentItemAdjustmentList")
    @XmlElement(name = "ShipmentItem")
    private List<ShipmentItem> shipmentItemAdjustmentList;

    public String getAmazonOrderId() {
        return amazonOrderId;
    }

    public void setAmazonOrderId(String amazonOrderId) {
        this.amazonOrderId = amazonOrderId;
    }

    public String getSellerOrderId() {
        return sellerOrderId;
    }

    public void setSellerOrderId(String sellerOrderId) {
        this.sellerOrderId = sellerOrderId;
    }

    public String getMarketplaceName() {
        return marketplaceName;
    }

    public void setMarketplaceName(String marketplaceName) {
        this.marketplaceName = marketplaceName;
    }

    public Instant getPostedDate() {
        return postedDate;
    }

    public void setPostedDate(Instant postedDate) {
        this.postedDate = postedDate;
    }

    /**
     * @return the ChargeComponent elements of OrderChargeList, a live list (never null)
     */
    public List<ChargeComponent> getOrderChargeList() {
        if (orderChargeList == null) {
            orderChargeList = new ArrayList<>();
        }
        return orderChargeList;
    }

    /**
     * @return the ChargeComponent elements of OrderChargeAdjustmentList, a live list (never null)
     */
    public List<ChargeComponent> getOrderChargeAdjustmentList() {
        if (orderChargeAdjustmentList == null) {
            orderChargeAdjustmentList = new ArrayList<>();
        }
        return orderChargeAdjustmentList;
    }

    /**
     * @return the FeeComponent elements of ShipmentFeeList, a live list (never null)
     */
    public List<FeeComponent> getShipmentFeeList() {
        if (shipmentFeeList == null) {
            shipmentFeeList = new ArrayList<>();
        }
        return shipmentFeeList;
    }

    /**
     * @return the FeeComponent elements of ShipmentFeeAdjustmentList, a live list (never null)
     */
    public List<FeeComponent> getShipmentFeeAdjustmentList() {
        if (shipmentFeeAdjustmentList == null) {
            shipmentFeeAdjustmentList = new ArrayList<>();
        }
        return shipmentFeeAdjustmentList;
    }

    /**
     * @return the FeeComponent elements of OrderFeeList, a live list (never null)
     */
    public List<FeeComponent> getOrderFeeList() {
        if (orderFeeList == null) {
            orderFeeList = new ArrayList<>();
        }
        return orderFeeList;
    }

    /**
     * @return the FeeComponent elements of OrderFeeAdjustmentList, a live list (never null)
     */
    public List<FeeComponent> getOrderFeeAdjustmentList() {
        if (orderFeeAdjustmentList == null) {
            orderFeeAdjustmentList = new ArrayList<>();
        }
        return orderFeeAdjustmentList;
    }

    /**
     * @return the DirectPayment elements of DirectPaymentList, a live list (never null)
     */
    public List<DirectPayment> getDirectPaymentList() {
        if (directPaymentList == null) {
            directPaymentList = new ArrayList<>();
        }
        return directPaymentList;
    }

    /**
     * @return the ShipmentItem elements of ShipmentItemList, a live list (never null)
     */
    public List<ShipmentItem> getShipmentItemList() {
        if (shipmentItemList == null) {
            shipmentItemList = new ArrayList<>();
        }
        return shipmentItemList;
    }

    /**
     * @return the ShipmentItem elements of ShipmentItemAdjustmentList, a live list (never null)
     */
    public List<ShipmentItem> getShipmentItemAdjustmentList() {
        if (shipmentItemAdjustmentList == null) {
            shipmentItemAdjustmentList = new ArrayList<>();
        }
        return shipmentItemAdjustmentList;
    }

    @Override
    public String toString() {
        return "ShipmentEvent["
               + "AmazonOrderId=" + amazonOrderId
               + ", PostedDate=" + postedDate
               + ", MarketplaceName=" + marketplaceName + "]";
    }
}
