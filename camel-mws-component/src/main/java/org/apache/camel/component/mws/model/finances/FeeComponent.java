package org.apache.camel.component.mws.model.finances;

import jakarta.xml.bind.annotation.XmlElement;

import org.apache.camel.component.mws.model.common.Money;

/**
 * A fee (FeeType such as Commission, FBAPerUnitFulfillmentFee) and its amount.
 */
public class FeeComponent {

    @XmlElement(name = "FeeType")
    private String feeType;

    @XmlElement(name = "FeeAmount")
    private Money feeAmount;

    public String getFeeType() {
        return feeType;
    }

    public void setFeeType(String feeType) {
        this.feeType = feeType;
    }

    public Money getFeeAmount() {
        return feeAmount;
    }

    public void setFeeAmount(Money feeAmount) {
        this.feeAmount = feeAmount;
    }

    @Override
    public String toString() {
        return "FeeComponent["
               + "FeeType=" + feeType
               + ", FeeAmount=" + feeAmount + "]";
    }
}
