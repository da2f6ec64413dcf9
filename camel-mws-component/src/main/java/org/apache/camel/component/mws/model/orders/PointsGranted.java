package org.apache.camel.component.mws.model.orders;

import jakarta.xml.bind.annotation.XmlElement;

import org.apache.camel.component.mws.model.common.Money;

/**
 * Amazon points granted with an item (JP).
 */
public class PointsGranted {

    @XmlElement(name = "PointsNumber")
    private Integer pointsNumber;

    @XmlElement(name = "PointsMonetaryValue")
    private Money pointsMonetaryValue;

    public Integer getPointsNumber() {
        return pointsNumber;
    }

    public void setPointsNumber(Integer pointsNumber) {
        this.pointsNumber = pointsNumber;
    }

    public Money getPointsMonetaryValue() {
        return pointsMonetaryValue;
    }

    public void setPointsMonetaryValue(Money pointsMonetaryValue) {
        this.pointsMonetaryValue = pointsMonetaryValue;
    }
}
