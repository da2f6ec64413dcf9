package org.apache.camel.component.mws.model.finances;

import jakarta.xml.bind.annotation.XmlElement;

import org.apache.camel.component.mws.model.common.Money;

/**
 * A charge (ChargeType such as Principal, Tax, ShippingCharge) and its amount.
 */
public class ChargeComponent {

    @XmlElement(name = "ChargeType")
    private String chargeType;

    @XmlElement(name = "ChargeAmount")
    private Money chargeAmount;

    public String getChargeType() {
        return chargeType;
    }

    public void setChargeType(String chargeType) {
        this.chargeType = chargeType;
    }

    public Money getChargeAmount() {
        return chargeAmount;
    }

    public void setChargeAmount(Money chargeAmount) {
        this.chargeAmount = chargeAmount;
    }

    @Override
    public String toString() {
        return "ChargeComponent["
               + "ChargeType=" + chargeType
               + ", ChargeAmount=" + chargeAmount + "]";
    }
}
