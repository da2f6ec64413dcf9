package org.apache.camel.component.mws.model.finances;

import jakarta.xml.bind.annotation.XmlElement;

import org.apache.camel.component.mws.model.common.Money;

/**
 * A promotion applied to an item.
 */
public class Promotion {

    @XmlElement(name = "PromotionType")
    private String promotionType;

    @XmlElement(name = "PromotionId")
    private String promotionId;

    @XmlElement(name = "PromotionAmount")
    private Money promotionAmount;

    public String getPromotionType() {
        return promotionType;
    }

    public void setPromotionType(String promotionType) {
        this.promotionType = promotionType;
    }

    public String getPromotionId() {
        return promotionId;
    }

    public void setPromotionId(String promotionId) {
        this.promotionId = promotionId;
    }

    public Money getPromotionAmount() {
        return promotionAmount;
    }

    public void setPromotionAmount(Money promotionAmount) {
        this.promotionAmount = promotionAmount;
    }

    @Override
    public String toString() {
        return "Promotion["
               + "PromotionType=" + promotionType
               + ", PromotionId=" + promotionId
               + ", PromotionAmount=" + promotionAmount + "]";
    }
}
