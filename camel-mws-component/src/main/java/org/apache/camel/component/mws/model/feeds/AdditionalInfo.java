package org.apache.camel.component.mws.model.feeds;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * What a ProcessingReport result refers to: the SKU, or the order for order feeds.
 */
public class AdditionalInfo {

    @XmlElement(name = "SKU")
    private String sku;

    @XmlElement(name = "FulfillmentCenterID")
    private String fulfillmentCenterID;

    @XmlElement(name = "AmazonOrderID")
    private String amazonOrderID;

    @XmlElement(name = "AmazonOrderItemCode")
    private String amazonOrderItemCode;

    public String getSKU() {
        return sku;
    }

    public void setSKU(String sku) {
        this.sku = sku;
    }

    public String getFulfillmentCenterID() {
        return fulfillmentCenterID;
    }

    public void setFulfillmentCenterID(String fulfillmentCenterID) {
        this.fulfillmentCenterID = fulfillmentCenterID;
    }

    public String getAmazonOrderID() {
        return amazonOrderID;
    }

    public void setAmazonOrderID(String amazonOrderID) {
        this.amazonOrderID = amazonOrderID;
    }

    public String getAmazonOrderItemCode() {
        return amazonOrderItemCode;
    }

    public void setAmazonOrderItemCode(String amazonOrderItemCode) {
        this.amazonOrderItemCode = amazonOrderItemCode;
    }

    @Override
    public String toString() {
        return "AdditionalInfo["
               + "SKU=" + sku
               + ", AmazonOrderID=" + amazonOrderID
               + ", AmazonOrderItemCode=" + amazonOrderItemCode + "]";
    }
}
