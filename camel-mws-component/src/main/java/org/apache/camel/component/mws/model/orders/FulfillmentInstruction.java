package org.apache.camel.component.mws.model.orders;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * Fulfillment instructions of an order.
 */
public class FulfillmentInstruction {

    @XmlElement(name = "FulfillmentSupplySourceId")
    private String fulfillmentSupplySourceId;

    public String getFulfillmentSupplySourceId() {
        return fulfillmentSupplySourceId;
    }

    public void setFulfillmentSupplySourceId(String fulfillmentSupplySourceId) {
        this.fulfillmentSupplySourceId = fulfillmentSupplySourceId;
    }
}
