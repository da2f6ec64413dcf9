package org.apache.camel.component.mws.model.orders;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * A tax classification (name and value) of BuyerTaxInfo.
 */
public class TaxClassification {

    @XmlElement(name = "Name")
    private String name;

    @XmlElement(name = "Value")
    private String value;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
