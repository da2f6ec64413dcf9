package org.apache.camel.component.mws.model.finances;

import jakarta.xml.bind.annotation.XmlElement;

import org.apache.camel.component.mws.model.common.Money;

/**
 * A payment collected directly from the buyer (e.g. cash on delivery).
 */
public class DirectPayment {

    @XmlElement(name = "DirectPaymentType")
    private String directPaymentType;

    @XmlElement(name = "DirectPaymentAmount")
    private Money directPaymentAmount;

    public String getDirectPaymentType() {
        return directPaymentType;
    }

    public void setDirectPaymentType(String directPaymentType) {
        this.directPaymentType = directPaymentType;
    }

    public Money getDirectPaymentAmount() {
        return directPaymentAmount;
    }

    public void setDirectPaymentAmount(Money directPaymentAmount) {
        this.directPaymentAmount = directPaymentAmount;
    }

    @Override
    public String toString() {
        return "DirectPayment["
               + "DirectPaymentType=" + directPaymentType
               + ", DirectPaymentAmount=" + directPaymentAmount + "]";
    }
}
